package pl.vetworkflow.security;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import pl.vetworkflow.identity.Groups;

/** Who may call which part of the application's own API (everything under /api). */
@Configuration(proxyBeanMethods = false)
public class ApiAccessConfiguration implements WebMvcConfigurer {
  private final ProcessEngine engine;

  public ApiAccessConfiguration(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ApiAccess(engine, List.of(Groups.ADMINS), "Administrators only"))
        .addPathPatterns("/api/admin/**");
    registry.addInterceptor(new ApiAccess(engine, List.of(Groups.COORDINATORS, Groups.ADMINS),
        "Programme coordinators and administrators only")).addPathPatterns("/api/indicators", "/api/indicators/**");
    registry.addInterceptor(new ApiAccess(engine, List.of(Groups.COORDINATORS), "Programme coordinators only"))
        .addPathPatterns("/api/exports/**");
    // what a Tasklist user may do with a task (Tasklist's own session; administrators work tasks too)
    registry.addInterceptor(new ApiAccess(engine,
        Stream.concat(Groups.WORKING_ROLES.stream(), Stream.of(Groups.ADMINS)).toList(),
        "Tasklist users only")).addPathPatterns("/api/tasks/**");
    // a case's documents: whoever works cases; which case a user may see is the case's own rule
    // (document.CaseReaders)
    registry.addInterceptor(new ApiAccess(engine,
        Stream.concat(Groups.WORKING_ROLES.stream(), Stream.of(Groups.ADMINS)).toList(),
        "Programme users only")).addPathPatterns("/api/documents", "/api/documents/**",
            "/api/process-instances/**");
    // anything else under /api that a later feature adds is closed until it is listed here
    registry.addInterceptor(new ApiAccess(engine, List.of(), "Not open to anyone"))
        .addPathPatterns("/api/**")
        .excludePathPatterns("/api/admin/**", "/api/indicators", "/api/indicators/**", "/api/exports/**",
            "/api/tasks/**", "/api/documents", "/api/documents/**", "/api/process-instances/**");
  }
}
