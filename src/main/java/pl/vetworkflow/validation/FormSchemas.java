package pl.vetworkflow.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Commands;

/**
 * Form schemas by deployment and form id, read from the deployment the process definition came
 * from (forms are bound with {@code camunda:formRefBinding="deployment"}), so a running case is
 * checked against the form it actually shows. Parsed once per deployment.
 */
@Component
public class FormSchemas {
  private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();

  /** Must run inside an engine command. */
  public FormSchema get(String deploymentId, String formId) {
    FormSchema schema = byDeployment.computeIfAbsent(deploymentId, this::load).get(formId);
    if (schema == null) {
      throw new IllegalStateException("Form '" + formId + "' is not part of deployment " + deploymentId);
    }
    return schema;
  }

  private Map<String, FormSchema> load(String deploymentId) {
    RepositoryService repository = Commands.repositoryService();
    return Commands.withoutAuthorization(() -> {
      Map<String, FormSchema> forms = new ConcurrentHashMap<>();
      for (String name : repository.getDeploymentResourceNames(deploymentId)) {
        if (name.endsWith(".form")) {
          try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
            FormSchema schema = FormSchema.parse(in);
            forms.put(schema.formId(), schema);
          } catch (IOException e) {
            throw new UncheckedIOException("Form " + name + " of deployment " + deploymentId + " is unreadable", e);
          }
        }
      }
      return forms;
    });
  }
}
