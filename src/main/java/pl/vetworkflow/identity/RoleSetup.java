package pl.vetworkflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The role groups and exactly the grants each role needs. Runs at every start (idempotent), so a
 * new process key or a new grant reaches existing installations too.
 *
 * <p>Organisation-level visibility (a school sees only its own cases) is not granted here: it comes
 * from the per-task candidate-group authorizations the engine writes and from {@link CaseAccess}.
 */
@Component
public class RoleSetup {
  /** Processes each role may start, by process definition key. */
  public static final Map<String, List<String>> STARTABLE_PROCESSES = Map.of(
      Groups.SCHOOL_COORDINATORS,
      List.of("student-internship", "teacher-internship", "equipment-procurement", "course", "group-activity",
          "career-counselling", "participant-data"),
      Groups.COORDINATORS, List.of("course", "group-activity", "career-counselling", "participant-data"));

  /**
   * Processes whose tasks each role works (the roles the user tasks' {@code vet.requiredRole} or
   * role candidate group names, checked against the models by TaskActionsTest): READ on them, so
   * that a task view shows the process's name. READ lets nobody start anything (that needs
   * CREATE_INSTANCE too). The programme office and accounting read every definition already.
   */
  public static final Map<String, List<String>> WORKED_PROCESSES = Map.of(
      Groups.SCHOOL_COORDINATORS,
      List.of("student-internship", "teacher-internship", "equipment-procurement", "course", "group-activity",
          "career-counselling", "participant-data"),
      Groups.TEACHERS, List.of("student-internship"),
      Groups.EMPLOYERS, List.of("student-internship", "teacher-internship", "employer-placement"));

  private static final Map<String, String> ROLE_NAMES = Map.of(
      Groups.COORDINATORS, "Koordynatorzy projektu",
      Groups.SCHOOL_COORDINATORS, "Koordynatorzy szkolni",
      Groups.TEACHERS, "Nauczyciele",
      Groups.EMPLOYERS, "Pracodawcy",
      Groups.ACCOUNTING, "Księgowość",
      Groups.ADMINS, "Administratorzy");

  private final IdentityService identityService;
  private final Grants grants;

  public RoleSetup(IdentityService identityService, Grants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  public void apply() {
    ROLE_NAMES.forEach((id, name) -> ensureGroup(id, name, id.equals(Groups.ADMINS) ? "SYSTEM" : Groups.ROLE_TYPE));

    // Admins: everything, on every resource type (what the Camunda setup would grant).
    for (Resource resource : Resources.values()) {
      grants.toGroup(Groups.ADMINS, resource, Authorization.ANY, ALL);
    }

    for (String role : Groups.WORKING_ROLES) {
      grants.toGroup(role, APPLICATION, "tasklist", ACCESS);
    }
    STARTABLE_PROCESSES.forEach((role, keys) -> {
      grants.toGroup(role, PROCESS_INSTANCE, Authorization.ANY, CREATE);
      for (String key : keys) {
        grants.toGroup(role, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE);
      }
    });

    WORKED_PROCESSES.forEach((role, keys) -> keys.forEach(key -> grants.toGroup(role, PROCESS_DEFINITION, key, READ)));

    // Programme office: watches every case, task and decision in Cockpit; works only its own tasks.
    grants.toGroup(Groups.COORDINATORS, APPLICATION, "cockpit", ACCESS);
    grants.toGroup(Groups.COORDINATORS, PROCESS_DEFINITION, Authorization.ANY,
        READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
    grants.toGroup(Groups.COORDINATORS, PROCESS_INSTANCE, Authorization.ANY, READ);
    grants.toGroup(Groups.COORDINATORS, TASK, Authorization.ANY, READ);
    grants.toGroup(Groups.COORDINATORS, HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
    grants.toGroup(Groups.COORDINATORS, HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
    grants.toGroup(Groups.COORDINATORS, DECISION_DEFINITION, Authorization.ANY, READ);
    grants.toGroup(Groups.COORDINATORS, DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, READ);
    grants.toGroup(Groups.COORDINATORS, DEPLOYMENT, Authorization.ANY, READ);
    grants.toGroup(Groups.COORDINATORS, USER, Authorization.ANY, READ);
    grants.toGroup(Groups.COORDINATORS, GROUP, Authorization.ANY, READ);

    // Accounting: reads every case (stipends, refunds, invoices), works only its own tasks.
    grants.toGroup(Groups.ACCOUNTING, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY);
    grants.toGroup(Groups.ACCOUNTING, PROCESS_INSTANCE, Authorization.ANY, READ);
    grants.toGroup(Groups.ACCOUNTING, HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
