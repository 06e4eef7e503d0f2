package pl.vetworkflow.engine;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Map;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The engine API the webapps (Tasklist) call under {@code /camunda/api/engine/*}, registered by us
 * before the webapp starter does, so that it carries our own JAX-RS providers too. The starter adds
 * its servlet only where none of that name exists yet.
 */
public final class WebappEngineApi {
  /** The name of the servlet the Camunda webapp starter registers for the webapps' engine API. */
  public static final String SERVLET_NAME = "Engine Api";

  private WebappEngineApi() {}

  /** Registers the webapps' engine API under {@code applicationPath}, with these extra providers. */
  public static void register(ServletContext context, String applicationPath, Class<?>... providers) {
    ServletRegistration.Dynamic engineApi = context.addServlet(SERVLET_NAME, ServletContainer.class);
    engineApi.addMapping(applicationPath + "/api/engine/*");
    engineApi.setInitParameters(Map.of("jakarta.ws.rs.Application", EngineRestApplication.class.getName(),
        ServerProperties.PROVIDER_CLASSNAMES, String.join(",",
            java.util.Arrays.stream(providers).map(Class::getName).toList())));
  }
}
