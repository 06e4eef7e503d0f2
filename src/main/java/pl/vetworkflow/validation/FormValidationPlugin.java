package pl.vetworkflow.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Installs {@link FormSubmissionGuard} after the command context exists (the starter applies every plugin bean). */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<FormValidator> validator;
  private final ObjectProvider<FormSchemas> schemas;
  private final ObjectProvider<RequiredAttachments> documents;

  public FormValidationPlugin(ObjectProvider<FormValidator> validator, ObjectProvider<FormSchemas> schemas,
      ObjectProvider<RequiredAttachments> documents) {
    this.validator = validator;
    this.schemas = schemas;
    this.documents = documents;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new FormSubmissionGuard(validator, schemas, documents)));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new FormSubmissionGuard(validator, schemas, documents)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(added);
    return list;
  }
}
