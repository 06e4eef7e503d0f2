package pl.vetworkflow.formoptions;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class FormOptionsConfiguration {

  /** Deployed forms as Tasklist and REST clients fetch them, with each user's choices. */
  @Bean
  public FilterRegistrationBean<DeployedFormOptionsFilter> deployedFormOptionsFilter(ProcessEngine engine,
      FormOptions options) {
    FilterRegistrationBean<DeployedFormOptionsFilter> registration =
        new FilterRegistrationBean<>(new DeployedFormOptionsFilter(engine, options));
    registration.setName("deployed-form-options");
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    // after the REST authentication filter (HIGHEST_PRECEDENCE + 20): it refuses bad credentials first
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
