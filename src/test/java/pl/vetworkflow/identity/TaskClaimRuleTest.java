package pl.vetworkflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.identity.User;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.validation.FormSubmissionGuard;

/**
 * The claim rule for every user task of every deployed process and every demo user: whoever can
 * see a task in their work filters or claim it can complete it; whoever may not complete it can
 * neither see it there nor claim it; a claimant can give the task back but not hand it to someone
 * else.
 *
 * <p>The tasks are read from the deployed BPMN models, not from a list. Each one is created for
 * real as a task of a probe process that carries the model's rule unchanged: the same candidate
 * groups, candidate users and assignee expressions and the same {@code vet.requiredRole}, in a
 * process validated like the product's ({@code vet.formValidation = strict}), only without the form,
 * so that each user's completion really runs (empty form, nothing else to fill in). The candidate
 * expressions are evaluated with the variables of a case of school 1 and employer 1, of school 2 and
 * employer 2, and of a course requested by the programme office.
 */
@H2IntegrationTest
class TaskClaimRuleTest {
  private static final String PROBE = "claim-rule-probe";
  private static final String GIVE_BACK = "claim-give-back";
  private static final List<Map<String, Object>> CASES = List.of(
      Map.of("schoolId", "1", "employerId", "1", "requesterGroup", "school-1"),
      Map.of("schoolId", "2", "employerId", "2", "requesterGroup", "school-2"),
      Map.of("schoolId", "1", "employerId", "1", "requesterGroup", "coordinators"));

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired SchoolMemberships schoolMemberships;
  @LocalServerPort int port;

  /** probe task id → "process: task name" of each product task with its rule. */
  private final Map<String, List<String>> productTasks = new LinkedHashMap<>();
  /** probe task id → its rule: candidate groups, candidate users, assignee, required roles. */
  private final Map<String, List<String>> rules = new LinkedHashMap<>();

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    // the in-memory database outlives this context: leave no users or models for other tests
    for (String user : List.of("school1b", "teacher-old", "teaching-coordinator", "staff1")) {
      identityService.deleteUser(user);
    }
    repositoryService.createDeploymentQuery().list().stream()
        .filter(d -> PROBE.equals(d.getName()) || GIVE_BACK.equals(d.getName()))
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void everyUserTaskIsClaimableByExactlyThoseWhoMayCompleteIt() {
    deployProbe();
    List<String> users = new ArrayList<>(DemoData.USERS.stream().map(DemoData.DemoUser::id).toList());
    users.add("admin");
    String groupFilter = filterId(TaskFilters.MY_GROUP_TASKS);
    String myFilter = filterId(TaskFilters.MY_TASKS);

    // case → probe task → users who completed it
    List<Map<String, Set<String>>> completedBy = new ArrayList<>();
    int checks = 0;
    for (Map<String, Object> variables : CASES) {
      Map<String, Set<String>> byTask = new TreeMap<>();
      productTasks.keySet().forEach(t -> byTask.put(t, new TreeSet<>()));
      for (String user : users) {
        String instance = runtimeService.startProcessInstanceByKey(PROBE, businessKey(variables)).getId();
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance).list();
        assertThat(tasks).hasSize(productTasks.size());
        List<String> groups = groupsOf(user);
        for (Task task : tasks) {
          String what = rules.get(task.getTaskDefinitionKey()) + " " + productTasks.get(task.getTaskDefinitionKey())
              + " " + variables + ", " + user;
          identityService.setAuthentication(user, groups);
          try {
            boolean seen = filterService.count(groupFilter, taskService.createTaskQuery().taskId(task.getId())) > 0;
            boolean admin = groups.contains(Groups.ADMINS);
            if (!admin) {
              // a claim for someone else is never allowed: it would hand the task over
              assertThatThrownBy(() -> taskService.claim(task.getId(), "employer2".equals(user) ? "employer1" : "employer2"))
                  .as(what).isInstanceOf(AuthorizationException.class);
            }
            String refusal = claim(task.getId(), user);
            boolean claimed = refusal == null;
            if (claimed) {
              assertThat(filterService.count(myFilter, taskService.createTaskQuery().taskId(task.getId())))
                  .as("claimed task in 'Moje zadania': " + what).isEqualTo(1);
              if (!admin) {
                String other = "school2".equals(user) ? "school1" : "school2";
                assertThatThrownBy(() -> taskService.setAssignee(task.getId(), other)).as(what)
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("nie można przypisać innej osobie");
                assertThat(assignee(task)).as(what).isEqualTo(user);
              }
              taskService.setAssignee(task.getId(), null); // "Zwróć"
              assertThat(assignee(task)).as("given back: " + what).isNull();
              assertThat(claim(task.getId(), user)).as("claimed again: " + what).isNull();
            } else {
              assertThat(refusal).as(what).doesNotContain("does not have", "Exception", "TASK_WORK")
                  .satisfiesAnyOf(r -> assertThat(r).startsWith("Zadanie „" + task.getName() + "” może przejąć i wykonać tylko "),
                      r -> assertThat(r).isEqualTo("To zadanie nie jest przeznaczone dla Ciebie ani Twojej organizacji:"
                          + " nie możesz go przejąć."));
            }
            boolean completed = complete(task.getId());
            checks++;
            if (seen || claimed) {
              assertThat(completed).as("sees or claims, so must be able to complete: " + what).isTrue();
            }
            if (!completed) {
              assertThat(seen).as("may not complete, so must not see it in '" + TaskFilters.MY_GROUP_TASKS + "': " + what)
                  .isFalse();
              assertThat(claimed).as("may not complete, so must not claim: " + what).isFalse();
            } else {
              byTask.get(task.getTaskDefinitionKey()).add(user);
            }
          } finally {
            identityService.clearAuthentication();
          }
        }
      }
      completedBy.add(byTask);
    }

    // every task has someone to do it, besides the administrator (school 2 has no demo teacher)
    for (int c = 0; c < CASES.size(); c++) {
      for (Map.Entry<String, Set<String>> entry : completedBy.get(c).entrySet()) {
        boolean noDemoUser = c == 1 && candidateGroups(entry.getKey()).equals("teachers-${schoolId}");
        assertThat(entry.getValue()).as(productTasks.get(entry.getKey()) + " " + CASES.get(c))
            .contains("admin").hasSize(noDemoUser ? 1 : 2);
      }
    }
    // teachers: only the teachers' tasks of their own school
    Map<String, Set<String>> school1 = completedBy.get(0);
    Set<String> teacherTasks = new TreeSet<>();
    school1.forEach((task, who) -> {
      if (who.contains("teacher1")) {
        teacherTasks.add(task);
      }
    });
    assertThat(teacherTasks).isNotEmpty().allSatisfy(t -> assertThat(candidateGroups(t)).isEqualTo("teachers-${schoolId}"));
    assertThat(school1.entrySet()).filteredOn(e -> candidateGroups(e.getKey()).equals("teachers-${schoolId}"))
        .allSatisfy(e -> assertThat(e.getValue()).containsExactlyInAnyOrder("teacher1", "admin"));
    assertThat(completedBy.get(1).values()).noneMatch(who -> who.contains("teacher1"));
    // school coordinators: their own school's tasks only, never another school's
    assertThat(completedBy.get(0).values()).noneMatch(who -> who.contains("school2"));
    assertThat(completedBy.get(1).values()).noneMatch(who -> who.contains("school1"));
    System.out.printf("Claim rule: %d user tasks, %d distinct rules, %d cases, %d users, %d checks%n",
        productTasks.values().stream().mapToInt(List::size).sum(), rules.size(), CASES.size(), users.size(), checks);
    for (int c = 0; c < CASES.size(); c++) {
      int n = c;
      completedBy.get(c).forEach((t, who) -> System.out.printf("  %s %s -> completed by %s; tasks: %s%n",
          rules.get(t), CASES.get(n).values(), who, productTasks.get(t)));
    }
  }

  /**
   * Over REST as Tasklist calls it: the claimant gives a task back ("Zwróć", {@code /unclaim}); the
   * programme office clears any claim (Tasklist's reset of the assignee); nobody else can, nobody
   * hands a task to another user, and every refusal is a 403 with a Polish message.
   */
  @Test
  void aClaimIsGivenBackByTheClaimantOrTheProgrammeOfficeOnly() throws Exception {
    user("school1b", "Joanna", "Mazur", Groups.SCHOOL_COORDINATORS, Groups.school("1"));
    String key = GIVE_BACK;
    repositoryService.createDeployment().name(key).addString(key + ".bpmn", "<?xml version='1.0' encoding='UTF-8'?>"
        + "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' xmlns:camunda='http://camunda.org/schema/1.0/bpmn'"
        + " targetNamespace='urn:vet-workflow:test'><process id='" + key + "' isExecutable='true' camunda:historyTimeToLive='1'>"
        + "<extensionElements><camunda:properties><camunda:property name='vet.formValidation' value='strict'/>"
        + "</camunda:properties></extensionElements><startEvent id='start'/>"
        + "<sequenceFlow id='f1' sourceRef='start' targetRef='sign'/>"
        + "<userTask id='sign' name='Potwierdź podpis umowy' camunda:candidateGroups='school-1'><extensionElements>"
        + "<camunda:properties><camunda:property name='vet.requiredRole' value='school-coordinators'/></camunda:properties>"
        + "</extensionElements></userTask><sequenceFlow id='f2' sourceRef='sign' targetRef='end'/><endEvent id='end'/>"
        + "</process></definitions>").deploy();
    String instance = runtimeService.startProcessInstanceByKey(key).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    String path = "/engine-rest/task/" + task;
    Http school1 = Http.basic(port, "school1", "school1");
    Http school1b = Http.basic(port, "school1b", "school1b");
    Http coordinator = Http.basic(port, "coordinator", "coordinator");

    assertThat(school1.postJson(path + "/claim", "{\"userId\":\"school1\"}").statusCode()).isEqualTo(204);
    refused(school1b.postJson(path + "/claim", "{\"userId\":\"school1b\"}"), "przejęła już inna osoba (Piotr Wiśniewski)");
    refused(school1b.postJson(path + "/claim", "{\"userId\":null}"), "zwrócić je może tylko ona albo biuro projektu");
    refused(school1b.postJson(path + "/unclaim", ""), "zwrócić je może tylko ona albo biuro projektu");
    refused(Http.basic(port, "teacher1", "teacher1").postJson(path + "/unclaim", ""),
        "Nie możesz zwrócić tego zadania: zwrócić je może tylko osoba, która je przejęła, albo biuro projektu.");
    refused(Http.basic(port, "teacher1", "teacher1").postJson(path + "/claim", "{\"userId\":\"teacher1\"}"),
        "To zadanie nie jest przeznaczone dla Ciebie ani Twojej organizacji");
    refused(school1.postJson(path + "/assignee", "{\"userId\":\"school1b\"}"), "nie można przypisać innej osobie");
    refused(coordinator.postJson(path + "/assignee", "{\"userId\":\"coordinator\"}"), "To zadanie nie jest przeznaczone dla Ciebie");
    user("staff1", "Jan", "Zieliński", Groups.school("1")); // in the school's group without the role
    refused(Http.basic(port, "staff1", "staff1").postJson(path + "/claim", "{\"userId\":\"staff1\"}"),
        "Zadanie „Potwierdź podpis umowy” może przejąć i wykonać tylko koordynator szkolny.");
    refused(coordinator.postJson(path + "/delegate", "{\"userId\":\"school1b\"}"), null);
    assertThat(assigneeOf(task)).isEqualTo("school1");

    assertThat(school1.postJson(path + "/unclaim", "").statusCode()).as("Zwróć").isEqualTo(204);
    assertThat(assigneeOf(task)).isNull();
    assertThat(school1b.postJson(path + "/claim", "{\"userId\":\"school1b\"}").statusCode()).isEqualTo(204);
    // the programme office takes back a stuck claim (Tasklist's reset of the assignee)
    assertThat(coordinator.postJson(path + "/assignee", "{\"userId\":null}").statusCode()).isEqualTo(204);
    assertThat(assigneeOf(task)).isNull();
    assertThat(school1.postJson(path + "/claim", "{\"userId\":\"school1\"}").statusCode()).isEqualTo(204);
    assertThat(school1.postJson(path + "/complete", "{}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
  }

  /** An installation from before this rule: its teachers leave the school groups at start. */
  @Test
  void teachersOfAnEarlierInstallationLeaveTheSchoolGroup() {
    user("teacher-old", "Adam", "Nowicki", Groups.TEACHERS, Groups.school("1"));
    user("teaching-coordinator", "Ewa", "Król", Groups.TEACHERS, Groups.SCHOOL_COORDINATORS, Groups.school("1"),
        Groups.schoolTeachers("1"));
    schoolMemberships.apply();
    assertThat(groupsOf("teacher-old")).containsExactlyInAnyOrder(Groups.TEACHERS, Groups.schoolTeachers("1"));
    assertThat(groupsOf("teaching-coordinator")).containsExactlyInAnyOrder(Groups.TEACHERS,
        Groups.SCHOOL_COORDINATORS, Groups.school("1"), Groups.schoolTeachers("1"));
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.school("1")).list()).extracting(User::getId)
        .containsExactlyInAnyOrder("school1", "teaching-coordinator");
    assertThat(groupsOf("teacher1")).containsExactlyInAnyOrder(Groups.TEACHERS, Groups.schoolTeachers("1"));
    schoolMemberships.apply(); // idempotent
    assertThat(groupsOf("teacher-old")).containsExactlyInAnyOrder(Groups.TEACHERS, Groups.schoolTeachers("1"));
  }

  private static void refused(HttpResponse<String> response, String message) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    JsonNode body = new ObjectMapper().readTree(response.body());
    if (message != null) {
      assertThat(body.get("message").asText()).contains(message);
    }
  }

  private String assigneeOf(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
  }

  private void user(String id, String firstName, String lastName, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(id);
      // password = id like the demo users: past the engine's password policy
      ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }

  /**
   * Every user task of the product's latest process definitions, by rule: one probe task per
   * distinct (candidate groups, candidate users, assignee, required roles), since tasks that share
   * all four are claimed and completed under the same rule.
   */
  private void deployProbe() {
    StringBuilder tasks = new StringBuilder();
    Map<List<String>, String> probeOfRule = new LinkedHashMap<>();
    Set<String> productModels = new TreeSet<>();
    try {
      for (var file : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
          .getResources("classpath*:processes/**/*.bpmn")) {
        productModels.add(file.getFilename());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(productModels).hasSizeGreaterThanOrEqualTo(6);
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      String resource = definition.getResourceName();
      if (!productModels.contains(resource.substring(resource.lastIndexOf('/') + 1))) {
        continue; // other tests' models in the shared in-memory database
      }
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        List<String> roles = FormSubmissionGuard.requiredRoles(userTask);
        List<String> rule = java.util.Arrays.asList(userTask.getCamundaCandidateGroups(),
            userTask.getCamundaCandidateUsers(), userTask.getCamundaAssignee(), String.join(",", roles));
        String id = probeOfRule.get(rule);
        if (id != null) {
          productTasks.get(id).add(definition.getKey() + ": " + userTask.getName());
          continue;
        }
        id = "rule" + probeOfRule.size();
        probeOfRule.put(rule, id);
        productTasks.put(id, new ArrayList<>(List.of(definition.getKey() + ": " + userTask.getName())));
        tasks.append("<sequenceFlow id='in_").append(id).append("' sourceRef='fork' targetRef='").append(id).append("'/>")
            .append("<userTask id='").append(id).append("' name='").append(xml(userTask.getName())).append('\'')
            .append(attribute("camunda:candidateGroups", userTask.getCamundaCandidateGroups()))
            .append(attribute("camunda:candidateUsers", userTask.getCamundaCandidateUsers()))
            .append(attribute("camunda:assignee", userTask.getCamundaAssignee()))
            .append('>');
        if (!roles.isEmpty()) {
          tasks.append("<extensionElements><camunda:properties><camunda:property name='")
              .append(FormSubmissionGuard.REQUIRED_ROLE_PROPERTY).append("' value='").append(xml(String.join(",", roles)))
              .append("'/></camunda:properties></extensionElements>");
        }
        tasks.append("</userTask><sequenceFlow id='out_").append(id).append("' sourceRef='").append(id)
            .append("' targetRef='end_").append(id).append("'/><endEvent id='end_").append(id).append("'/>");
        rules.put(id, rule);
      }
    }
    assertThat(productTasks.values().stream().flatMap(List::stream).map(v -> v.substring(0, v.indexOf(':'))).distinct())
        .contains("student-internship", "teacher-internship", "employer-placement", "equipment-procurement",
            "supplier-selection", "course");
    String bpmn = "<?xml version='1.0' encoding='UTF-8'?><definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL'"
        + " xmlns:camunda='http://camunda.org/schema/1.0/bpmn'"
        + " targetNamespace='urn:vet-workflow:test'><process id='" + PROBE + "' isExecutable='true'"
        + " camunda:historyTimeToLive='1'><extensionElements><camunda:properties><camunda:property name='"
        + FormSubmissionGuard.VALIDATION_PROPERTY + "' value='strict'/></camunda:properties></extensionElements>"
        + "<startEvent id='start'><extensionElements>" + caseVariablesFromBusinessKey() + "</extensionElements></startEvent><sequenceFlow id='toFork' sourceRef='start' targetRef='fork'/>"
        + "<parallelGateway id='fork'/>" + tasks + "</process></definitions>";
    repositoryService.createDeployment().name(PROBE).addString(PROBE + ".bpmn", bpmn).deploy();
  }

  /**
   * A strict process takes no start variables without a start form: the probe's start event sets
   * the case's variables from the business key ("schoolId|employerId|requesterGroup"). A
   * participant-data case routes by responsibleGroup (the person's school or the programme office),
   * which takes the requester group's value.
   */
  private static String caseVariablesFromBusinessKey() {
    StringBuilder listeners = new StringBuilder();
    List<String> names = List.of("schoolId", "employerId", "requesterGroup", "responsibleGroup");
    for (int i = 0; i < names.size(); i++) {
      listeners.append("<camunda:executionListener event='start' expression=\"${execution.setVariable('")
          .append(names.get(i)).append("', execution.processBusinessKey.split('[|]')[").append(Math.min(i, 2))
          .append("])}\"/>");
    }
    return listeners.toString();
  }

  private static String businessKey(Map<String, Object> variables) {
    return variables.get("schoolId") + "|" + variables.get("employerId") + "|" + variables.get("requesterGroup");
  }

  private String candidateGroups(String probeTaskId) {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROBE).latestVersion()
        .singleResult().getId();
    UserTask task = repositoryService.getBpmnModelInstance(definition).getModelElementById(probeTaskId);
    return task.getCamundaCandidateGroups() == null ? "" : task.getCamundaCandidateGroups();
  }

  /** null if claimed, else the refusal's message. */
  private String claim(String taskId, String user) {
    try {
      taskService.claim(taskId, user);
      return null;
    } catch (AuthorizationException e) {
      return e.getMessage();
    }
  }

  private boolean complete(String taskId) {
    try {
      taskService.complete(taskId);
      return true;
    } catch (AuthorizationException e) {
      return false;
    } catch (ProcessEngineException e) {
      throw new AssertionError("completion failed for another reason than authorization", e);
    }
  }

  private String assignee(Task task) {
    return withoutAuthentication(() -> taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee());
  }

  private <T> T withoutAuthentication(java.util.function.Supplier<T> work) {
    var auth = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (auth != null) {
        identityService.setAuthentication(auth);
      }
    }
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private String filterId(String name) {
    return filterService.createTaskFilterQuery().filterName(name).singleResult().getId();
  }

  private static String attribute(String name, String value) {
    return value == null ? "" : " " + name + "='" + xml(value) + "'";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
