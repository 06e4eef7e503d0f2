package pl.vetworkflow.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.NewTasks;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.Employer;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.process.CaseVariables;

/**
 * Writes a new task's {@link TaskCardVariables}: case number, what the case is about and whom the
 * task waits on. Called once per task, when the command that created it closes (its candidate
 * groups are final then). Names come from the case's own variables (schoolName, employerName),
 * so a task normally costs no query; the organisation registry is read only for a group whose name
 * the case does not hold.
 */
@Component
public class TaskCards {
  private static final Logger LOG = LoggerFactory.getLogger(TaskCards.class);
  static final String PROGRAMME_OFFICE = "Biuro projektu";
  static final String ACCOUNTING = "Księgowość";
  static final String TEACHERS_OF = "Nauczyciele: ";
  static final String SOME_SCHOOL = "Szkoła";
  static final String SOME_EMPLOYER = "Pracodawca";

  private final OrganisationRepository organisations;

  public TaskCards(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  /**
   * The card's fields as a Tasklist filter lists them (the filter property {@code variables}: one
   * {@code {name, label}} a field, in display order), so every filter shows every card alike.
   */
  public static List<Map<String, String>> filterVariables() {
    List<Map<String, String>> variables = new ArrayList<>();
    TaskCardVariables.LABELS.forEach((name, label) -> variables.add(Map.of("name", name, "label", label)));
    return variables;
  }

  /** Sets the card variables on {@code task}, created in the current command and still open. */
  public void write(DelegateTask task) {
    write(task, true);
  }

  /** As {@link #write(DelegateTask)}; {@code newTask}: created in the current command (nothing stored yet). */
  public void write(DelegateTask task, boolean newTask) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      return; // a standalone task belongs to no case
    }
    Map<String, Object> card = new LinkedHashMap<>();
    put(card, TaskCardVariables.CASE_NUMBER, execution.getProcessBusinessKey());
    put(card, TaskCardVariables.SUBJECT, subject(execution));
    put(card, TaskCardVariables.WAITING_FOR, waitingFor(task, execution));
    if (!card.isEmpty()) {
      if (newTask) {
        NewTasks.startWithoutStoredVariables(task);
      }
      task.setVariablesLocal(card);
    }
  }

  private static void put(Map<String, Object> card, String name, String value) {
    if (value != null && !value.isBlank()) {
      card.put(name, value);
    }
  }

  /**
   * The participant and school as in the case's e-mails; a case without a participant: what it is for
   * (its course or purchase) and the school, so that two purchases of one school can be told apart.
   */
  static String subject(VariableScope scope) {
    return CaseDescription.describe(scope, scope.getVariable(CaseVariables.PARTICIPANT_NAME) != null
        ? CaseVariables.SUBJECT : CaseVariables.SUBJECT_OTHERWISE);
  }

  /** Display names of the task's candidate groups, e.g. "Technikum nr 1 w Opolu", "Biuro projektu". */
  String waitingFor(DelegateTask task, VariableScope scope) {
    Set<String> names = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groupName(link.getGroupId(), scope).ifPresent(names::add);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private Optional<String> groupName(String group, VariableScope scope) {
    if (Groups.SCHOOL_COORDINATORS.equals(group)) {
      return Optional.empty(); // a role, not an organisation, though its id starts like a school's
    }
    if (Groups.COORDINATORS.equals(group)) {
      return Optional.of(PROGRAMME_OFFICE);
    }
    if (Groups.ACCOUNTING.equals(group)) {
      return Optional.of(ACCOUNTING);
    }
    if (group.startsWith(Groups.school(""))) {
      return Optional.of(schoolName(group.substring(Groups.school("").length()), scope));
    }
    if (group.startsWith(Groups.schoolTeachers(""))) {
      return Optional.of(TEACHERS_OF + schoolName(group.substring(Groups.schoolTeachers("").length()), scope));
    }
    if (group.startsWith(Groups.employer(""))) {
      String employerId = group.substring(Groups.employer("").length());
      String known = employerId.equals(scope.getVariable(CaseVariables.EMPLOYER_ID))
          ? text(scope.getVariable(CaseVariables.EMPLOYER_NAME)) : null;
      return Optional.of(known != null ? known
          : organisations.employer(employerId).map(Employer::name).orElse(SOME_EMPLOYER));
    }
    LOG.debug("Task waits on group {}, which has no display name on cards", group);
    return Optional.empty();
  }

  private String schoolName(String schoolId, VariableScope scope) {
    String known = schoolId.equals(scope.getVariable(CaseVariables.SCHOOL_ID))
        ? text(scope.getVariable(CaseVariables.SCHOOL_NAME)) : null;
    return known != null ? known : organisations.school(schoolId).map(School::name).orElse(SOME_SCHOOL);
  }

  private static String text(Object value) {
    return value instanceof CharSequence text && !text.toString().isBlank() ? text.toString() : null;
  }
}
