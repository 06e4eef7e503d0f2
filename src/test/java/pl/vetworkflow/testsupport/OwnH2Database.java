package pl.vetworkflow.testsupport;

import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives a test class an in-memory H2 database of its own, named after the class, instead of the
 * {@code vet-test} database the other H2 test classes share (and leave their cases, tasks, users'
 * failed logins and participants in). Used with {@code @ContextCustomizerFactories}: the database name
 * is part of the context's cache key, so no other class's context is ever reused for it.
 */
public final class OwnH2Database implements ContextCustomizerFactory {
  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return new Database(testClass.getSimpleName());
  }

  private record Database(String name) implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      TestPropertyValues.of("spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1").applyTo(context);
    }
  }
}
