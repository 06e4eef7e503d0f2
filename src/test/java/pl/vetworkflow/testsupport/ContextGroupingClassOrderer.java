package pl.vetworkflow.testsupport;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Runs test classes grouped by the application context they need: plain tests, then every H2
 * test, then every PostgreSQL test, then the rest. With the Spring test-context cache limited to
 * one context (src/test/resources/spring.properties) each context starts once, and only one
 * Camunda engine named "default" is registered at a time, so /engine-rest and the webapps always
 * reach the engine of the running context.
 */
public class ContextGroupingClassOrderer implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.<ClassDescriptor>comparingInt(d -> group(d.getTestClass()))
        .thenComparing(d -> d.getTestClass().getName()));
  }

  static int group(Class<?> type) {
    if (AnnotatedElementUtils.hasAnnotation(type, H2IntegrationTest.class)) {
      return 1;
    }
    if (AnnotatedElementUtils.hasAnnotation(type, PostgresIntegrationTest.class)) {
      return 2;
    }
    if (AnnotatedElementUtils.hasAnnotation(type, SpringBootTest.class)) {
      return 3;
    }
    return 0;
  }
}
