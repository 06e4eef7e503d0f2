package pl.vetworkflow.validation;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import pl.vetworkflow.engine.WebappEngineApi;

/**
 * A refused form is the client's error: 400 with the engine's error shape ({@code type},
 * {@code message}) plus the list of {@code violations} (field, label, message), on every endpoint that
 * submits a form (start, submit-form, complete), in the REST API and in the engine API the webapps use
 * (Tasklist): without it the webapps' copy of the API answers 500 and logs the refusal as an error.
 */
public class FormValidationExceptionMapper implements ExceptionMapper<FormValidationException> {
  @Override
  public Response toResponse(FormValidationException exception) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", FormValidationException.class.getSimpleName());
    body.put("message", exception.getMessage());
    body.put("violations", exception.violations());
    return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Registers the mapper with the engine's Jersey application and with the webapps' engine API servlet. */
  @Configuration
  static class Registration {
    @Bean
    ResourceConfigCustomizer formValidationExceptionMapper() {
      return config -> config.register(FormValidationExceptionMapper.class);
    }

    /**
     * The webapp starter adds its API servlets only where none of that name exists yet; this one is added
     * first (ordered before it) with the same application and mapping, and with this mapper as a provider.
     * {@code FormRefusalInTasklistTest} proves the webapps' API answers 400.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServletContextInitializer webappEngineApiWithFormValidationMapper(CamundaBpmProperties camunda) {
      return context -> WebappEngineApi.register(context, camunda.getWebapp().getApplicationPath(),
          FormValidationExceptionMapper.class);
    }
  }
}
