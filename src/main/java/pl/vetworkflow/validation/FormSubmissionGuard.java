package pl.vetworkflow.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Caller;
import pl.vetworkflow.engine.ModelProperties;
import pl.vetworkflow.engine.submissions.ProcessModel;
import pl.vetworkflow.engine.submissions.Submission;
import pl.vetworkflow.engine.submissions.SubmissionPolicy;
import pl.vetworkflow.identity.Groups;

/**
 * The check of every form submission of an opted-in process before the engine acts on it
 * (the engine's {@code engine.submissions.SubmissionGuard} asks it): starting an instance (REST start, submit start form, Java API) and completing
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
@Component
public class FormSubmissionGuard implements SubmissionPolicy {
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
  public Map<String, Object> check(Submission submission) {
    Process process = submission.definition().process();
    if (!strict(process)) {
      return null;
    }
    return submission.task() == null ? checkStart(submission, process) : checkTask(submission);
  }

  @Override
  public void checkStartAtActivities(ProcessModel definition, Caller caller) {
    if (strict(definition.process()) && !isAdmin(caller)) {
      throw new AuthorizationException("Proces '" + definition.key()
          + "' można rozpocząć tylko od formularza startowego (instrukcje startowe są niedozwolone)");
    }
  }

  private Map<String, Object> checkTask(Submission submission) {
    Submission.Task task = submission.task();
    UserTask userTask = submission.definition().model().getModelElementById(task.definitionKey());
    String requiredRole = ModelProperties.of(userTask, REQUIRED_ROLE_PROPERTY);
    Caller caller = submission.caller();
    if (requiredRole != null && caller != null && !inAnyGroup(caller, requiredRole) && !caller.inGroup(ADMIN_GROUP)) {
      throw new AuthorizationException("Zadanie „" + task.name() + "” może wykonać tylko "
          + String.join(" lub ", requiredRoles(userTask).stream().map(Groups::personOfRole).toList()) + ".");
    }
    String formId = userTask.getCamundaFormRef();
    List<Violation> missingScans = missingDocuments(userTask, task.id());
    Map<String, Object> values;
    try {
      values = validate(submission, formId, task.currentVariables().get());
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
    return values;
  }

  /** The scans the step's {@code vet.requiresDocument} asks for that the case does not have yet. */
  private List<Violation> missingDocuments(UserTask userTask, String taskId) {
    RequiredAttachments attachments = documents.getIfAvailable();
    String required = attachments == null ? null : ModelProperties.of(userTask, attachments.property());
    if (required == null) {
      return List.of();
    }
    return attachments.missing(taskId, required).stream()
        .map(label -> new Violation(DOCUMENTS_FIELD, "Dokumenty", "dołącz „" + label
            + "” w zakładce „Dokumenty” tego zadania (nad formularzem), potem zakończ zadanie."))
        .toList();
  }

  private Map<String, Object> checkStart(Submission submission, Process process) {
    String formId = process.getChildElementsByType(StartEvent.class).stream()
        .filter(s -> s.getEventDefinitions().isEmpty()).findFirst().map(StartEvent::getCamundaFormRef).orElse(null);
    return validate(submission, formId, Map.of());
  }

  /** The submitted values checked and normalised, or null when a step without form gets none. */
  private Map<String, Object> validate(Submission submission, String formId, Map<String, Object> current) {
    if (!submission.transientNames().isEmpty()) {
      throw new FormValidationException(String.valueOf(formId), submission.transientNames().stream()
          .map(key -> new Violation(key, null, "zmienne przejściowe (transient) są niedozwolone")).toList());
    }
    Map<String, Object> values = new LinkedHashMap<>(submission.values());
    if (formId == null) {
      if (!values.isEmpty()) {
        throw new FormValidationException("(brak formularza)", values.keySet().stream()
            .map(k -> new Violation(k, null, "ten krok nie przyjmuje danych")).toList());
      }
      return null;
    }
    FormSchema schema = schemas.getObject().get(submission.definition().deploymentId(), formId);
    Caller caller = submission.caller();
    validator.getObject().validate(schema, values, current, caller == null ? null : caller.userId(),
        caller == null ? List.of() : caller.groupIds());
    return values;
  }

  private static boolean strict(Process process) {
    return process != null && "strict".equals(ModelProperties.of(process, VALIDATION_PROPERTY));
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
    return splitRoles(ModelProperties.of(userTask, REQUIRED_ROLE_PROPERTY));
  }

  private static List<String> splitRoles(String value) {
    return value == null ? List.of()
        : java.util.Arrays.stream(value.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
  }

  /** No user (the application's own call) or an administrator. */
  private static boolean isAdmin(Caller caller) {
    return caller == null || caller.inGroup(ADMIN_GROUP);
  }

  /** {@code groups}: one group id, or several separated by commas. */
  private static boolean inAnyGroup(Caller caller, String groups) {
    for (String group : groups.split(",")) {
      if (!group.isBlank() && caller.inGroup(group.strip())) {
        return true;
      }
    }
    return false;
  }
}
