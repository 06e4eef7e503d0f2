package pl.vetworkflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import pl.vetworkflow.config.VetProperties;

/** Servlet filters that secure the HTTP surface of the application. */
@Configuration
public class WebSecurityConfig {

  /**
   * /engine-rest is open in the stock starter. HTTP Basic against the Camunda identity service; the
   * request then runs as that user, with that user's authorizations.
   */
  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** CVE-2026-77226: the first-admin setup endpoint is never needed, the admin comes from configuration. */
  @Bean
  public FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard() {
    FilterRegistrationBean<SetupEndpointGuard> registration = new FilterRegistrationBean<>(new SetupEndpointGuard());
    registration.setName("setup-endpoint-guard");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<HttpHardeningFilter> httpHardeningFilter(VetProperties properties,
      @Value("${vet.documents.max-file-size:10MB}") DataSize maxDocumentSize) {
    FilterRegistrationBean<HttpHardeningFilter> registration =
        new FilterRegistrationBean<>(new HttpHardeningFilter(properties.security(), maxDocumentSize.toBytes()));
    registration.setName("http-hardening");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
