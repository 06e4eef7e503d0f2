package pl.vetworkflow.validation;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A refused form is the client's error: 400 with the engine's error shape ({@code type},
 * {@code message}) plus the list of {@code violations} (field, message), on every endpoint that
 * submits a form (start, submit-form, complete).
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

  /** Registers the mapper with the engine's Jersey application. */
  @Configuration
  static class Registration {
    @Bean
    ResourceConfigCustomizer formValidationExceptionMapper() {
      return config -> config.register(FormValidationExceptionMapper.class);
    }
  }
}
