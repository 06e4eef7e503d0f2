package pl.vetworkflow.validation;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ReflectionUtils;

/**
 * Engine command interceptor that checks every form submission of an opted-in process before the
 * engine acts on it: starting an instance (REST start, submit start form, Java API) and completing
 * a user task (complete, submit-form). Because it runs before the command, a refused submission
 * changes nothing: no case, no variable, the task stays open, no e-mail is recorded.
 *
 * <p>A process opts in with the extension property {@code vet.formValidation = strict}. Then:
 * <ul>
 *   <li>the start event's / user task's {@code camunda:formRef} names the form whose fields are the
 *       only variables the submission may carry, checked with {@link FormValidator};</li>
 *   <li>a user task's property {@code vet.requiredRole} names a role group the completing user must
 *       be in (e.g. {@code school-coordinators} for a school task), also to claim the task
 *       ({@code security.TaskClaimRule}, {@link #rolesToComplete}), or several comma-separated role groups of which the user must be in one
 *       (e.g. {@code school-coordinators,coordinators} for a task routed by a variable to a school or
 *       to the programme office);</li>
 *   <li>a user task's property {@code vet.requiresDocument} names the kind of scan that must have
 *       been attached to the case during the task ({@link RequiredAttachments}), e.g. the signed
 *       agreement;</li>
 *   <li>starting at an arbitrary activity (start instructions) is refused except for administrators,
 *       because it would skip the start form and the eligibility check.</li>
 * </ul>
 * Calls without an authenticated user (the application's own code) are validated too; only the role
 * check needs a user.
 */
public class FormSubmissionGuard extends CommandInterceptor {
  public static final String VALIDATION_PROPERTY = "vet.formValidation";
  public static final String REQUIRED_ROLE_PROPERTY = "vet.requiredRole";
  static final String ADMIN_GROUP = "camunda-admin";
  /** The "field" of a missing scan in a refusal: not a form field, the task's documents tab. */
  public static final String DOCUMENTS_FIELD = "documents";

  private final ObjectProvider<FormValidator> validator;
  private final ObjectProvider<FormSchemas> schemas;
  private final ObjectProvider<RequiredAttachments> documents;

  public FormSubmissionGuard(ObjectProvider<FormValidator> validator, ObjectProvider<FormSchemas> schemas,
      ObjectProvider<RequiredAttachments> documents) {
    this.validator = validator;
    this.schemas = schemas;
    this.documents = documents;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof CompleteTaskCmd) {
      checkTask(command, "taskId", "variables");
    } else if (command instanceof SubmitTaskFormCmd) {
      checkTask(command, "taskId", "properties");
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
      checkStart(definition(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey()),
          builder.getModificationBuilder(), "processVariables");
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(definition((String) read(command, "processDefinitionId"), null), command, "variables");
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
      ProcessDefinitionEntity definition = definition(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey());
      if (definition != null && strict(process(definition)) && !isAdmin()) {
        throw new AuthorizationException("Proces '" + definition.getKey()
            + "' można rozpocząć tylko od formularza startowego (instrukcje startowe są niedozwolone)");
      }
    }
    return next.execute(command);
  }

  private void checkTask(Object command, String taskIdField, String variablesField) {
    String taskId = (String) read(command, taskIdField);
    CommandContext context = Context.getCommandContext();
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the command reports a missing task itself
    }
    ProcessDefinitionEntity definition = definition(task.getProcessDefinitionId(), null);
    Process process = process(definition);
    if (!strict(process)) {
      return;
    }
    UserTask userTask = model(definition).getModelElementById(task.getTaskDefinitionKey());
    String requiredRole = property(userTask, REQUIRED_ROLE_PROPERTY);
    Authentication auth = context.getAuthentication();
    if (requiredRole != null && auth != null && !inAnyGroup(auth, requiredRole) && !inGroup(auth, ADMIN_GROUP)) {
      throw new AuthorizationException("Zadanie „" + task.getName() + "” może wykonać tylko "
          + String.join(" lub ", requiredRoles(userTask).stream().map(pl.vetworkflow.identity.Groups::personOfRole)
              .toList()) + ".");
    }
    String formId = userTask.getCamundaFormRef();
    Map<String, Object> current = context.runWithoutAuthorization(
        () -> task.getExecution() == null ? Map.<String, Object>of() : task.getExecution().getVariables());
    List<Violation> missingScans = missingDocuments(userTask, taskId);
    try {
      validate(definition, formId, command, variablesField, current, auth);
    } catch (FormValidationException invalid) {
      if (missingScans.isEmpty()) {
        throw invalid;
      }
      // both at once: the person mends the form and attaches the scan in one go
      List<Violation> all = new java.util.ArrayList<>(invalid.violations());
      all.addAll(missingScans);
      throw new FormValidationException(invalid.formId(), all);
    }
    if (!missingScans.isEmpty()) {
      throw new FormValidationException(String.valueOf(formId), missingScans);
    }
  }

  /** The scans the step's {@code vet.requiresDocument} asks for that the case does not have yet. */
  private List<Violation> missingDocuments(UserTask userTask, String taskId) {
    RequiredAttachments attachments = documents.getIfAvailable();
    String required = attachments == null ? null : property(userTask, attachments.property());
    if (required == null) {
      return List.of();
    }
    return attachments.missing(taskId, required).stream()
        .map(label -> new Violation(DOCUMENTS_FIELD, "Dokumenty", "dołącz „" + label
            + "” w zakładce „Dokumenty” tego zadania (nad formularzem), potem zakończ zadanie."))
        .toList();
  }

  private void checkStart(ProcessDefinitionEntity definition, Object holder, String variablesField) {
    if (definition == null) {
      return;
    }
    Process process = process(definition);
    if (!strict(process)) {
      return;
    }
    Collection<StartEvent> starts = process.getChildElementsByType(StartEvent.class);
    String formId = starts.stream().filter(s -> s.getEventDefinitions().isEmpty()).findFirst()
        .map(StartEvent::getCamundaFormRef).orElse(null);
    validate(definition, formId, holder, variablesField, Map.of(), Context.getCommandContext().getAuthentication());
  }

  private void validate(ProcessDefinitionEntity definition, String formId, Object holder, String variablesField,
      Map<String, Object> current, Authentication auth) {
    @SuppressWarnings("unchecked")
    Map<String, Object> submitted = (Map<String, Object>) read(holder, variablesField);
    Map<String, Object> values = new LinkedHashMap<>();
    if (submitted != null) {
      for (String key : submitted.keySet()) {
        TypedValue typed = submitted instanceof VariableMap vm ? vm.getValueTyped(key) : null;
        if (typed != null && typed.isTransient()) {
          throw new FormValidationException(String.valueOf(formId),
              List.of(new Violation(key, null, "zmienne przejściowe (transient) są niedozwolone")));
        }
        values.put(key, typed != null ? typed.getValue() : submitted.get(key));
      }
    }
    if (formId == null) {
      if (!values.isEmpty()) {
        throw new FormValidationException("(brak formularza)", values.keySet().stream()
            .map(k -> new Violation(k, null, "ten krok nie przyjmuje danych")).toList());
      }
      return;
    }
    FormSchema schema = schemas.getObject().get(definition.getDeploymentId(), formId);
    validator.getObject().validate(schema, values, current, auth == null ? null : auth.getUserId(),
        auth == null ? List.of() : auth.getGroupIds());
    write(holder, variablesField, Variables.fromMap(values));
  }

  private static ProcessDefinitionEntity definition(String id, String key) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    if (id != null) {
      return configuration.getDeploymentCache().findDeployedProcessDefinitionById(id);
    }
    return key == null ? null : configuration.getDeploymentCache().findDeployedLatestProcessDefinitionByKey(key);
  }

  private static BpmnModelInstance model(ProcessDefinitionEntity definition) {
    return Context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(definition);
  }

  private static Process process(ProcessDefinitionEntity definition) {
    return model(definition).getModelElementById(definition.getKey());
  }

  private static boolean strict(Process process) {
    return process != null && "strict".equals(property(process, VALIDATION_PROPERTY));
  }

  /**
   * The role groups of which a user must be in one to complete a task, as checked on completion:
   * the {@code vet.requiredRole} of its user task in an opted-in process ({@code vet.formValidation
   * = strict}), else none. The claim rule ({@code security.TaskClaimRule}) uses it so that nobody
   * claims what they may not complete.
   */
  public static List<String> rolesToComplete(java.util.Map<String, String> processProperties,
      java.util.Map<String, String> taskProperties) {
    if (!"strict".equals(processProperties.get(VALIDATION_PROPERTY))) {
      return List.of();
    }
    return splitRoles(taskProperties.get(REQUIRED_ROLE_PROPERTY));
  }

  /**
   * The role groups a user task's {@code vet.requiredRole} names (empty: any candidate may work it).
   * The notifications use it too, so nobody is told about a task they may not complete.
   */
  public static List<String> requiredRoles(UserTask userTask) {
    return splitRoles(property(userTask, REQUIRED_ROLE_PROPERTY));
  }

  private static List<String> splitRoles(String value) {
    return value == null ? List.of()
        : java.util.Arrays.stream(value.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
  }

  static String property(BaseElement element, String name) {
    if (element == null || element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
  }

  private static boolean isAdmin() {
    Authentication auth = Context.getCommandContext().getAuthentication();
    return auth == null || inGroup(auth, ADMIN_GROUP);
  }

  private static boolean inGroup(Authentication auth, String group) {
    return auth.getGroupIds() != null && auth.getGroupIds().contains(group);
  }

  /** {@code groups}: one group id, or several separated by commas. */
  private static boolean inAnyGroup(Authentication auth, String groups) {
    for (String group : groups.split(",")) {
      if (!group.isBlank() && inGroup(auth, group.strip())) {
        return true;
      }
    }
    return false;
  }

  private static Object read(Object target, String name) {
    Field field = ReflectionUtils.findField(target.getClass(), name);
    if (field == null) {
      throw new IllegalStateException("Engine class " + target.getClass().getName() + " has no field " + name
          + ": FormSubmissionGuard must be adapted to this engine version");
    }
    ReflectionUtils.makeAccessible(field);
    return ReflectionUtils.getField(field, target);
  }

  private static void write(Object target, String name, Object value) {
    Field field = ReflectionUtils.findField(target.getClass(), name);
    ReflectionUtils.makeAccessible(field);
    ReflectionUtils.setField(field, target, value);
  }
}
