package pl.vetworkflow.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;

/**
 * The rewritten task queries return exactly what the engine's own statements return, for every demo
 * user and the query shapes Tasklist and the REST API send (criteria, OR queries, candidate groups
 * that repeat a task, ordering and paging), on PostgreSQL. The H2 suites run the rewrite as well.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueryRewriteTest {
  static final List<String> USERS = List.of("school1", "school2", "teacher1", "employer1", "employer2",
      "coordinator", "accountant");

  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  int total;

  @BeforeAll
  void seed() {
    engine.getRepositoryService().createDeployment().addModelInstance("rewrite-probe.bpmn",
        Bpmn.createExecutableProcess("rewriteProbe").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaCandidateGroups("${groups}").camundaDueDate("${due}").endEvent().done())
        .deploy();
    String[] groups = {"school-1", "school-2", "employer-1", "employer-2", "coordinators", "school-1,teachers-1",
        "school-1,school-coordinators"};
    for (int i = 0; i < 42; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("rewriteProbe", Variables.createVariables()
          .putValue("groups", groups[i % groups.length])
          .putValue("due", Date.from(Instant.now().plusSeconds(86_400L * (i % 5 - 2)))));
    }
    List<Task> all = tasks.createTaskQuery().processDefinitionKey("rewriteProbe").list();
    tasks.setAssignee(all.get(0).getId(), "school1");
    tasks.setAssignee(all.get(5).getId(), "teacher1");
    Task standalone = tasks.newTask();
    standalone.setName("Zadanie bez procesu");
    tasks.saveTask(standalone);
    tasks.addCandidateGroup(standalone.getId(), "school-1");
    total = (int) tasks.createTaskQuery().count();
  }

  @Test
  void theEngineRunsTheRewrittenStatements() {
    ProcessEngineConfigurationImpl config = configuration();
    assertThat(config.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
        .isEqualTo(TaskQueryRewrite.NAMESPACE + ".vetSelectTaskCountByQueryCriteria");
    assertThat(config.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))
        .isEqualTo(TaskQueryRewrite.NAMESPACE + ".vetSelectTaskByQueryCriteria");
    assertThat(TaskQueryRewrite.mapperXml()).doesNotContain("AUTH ON").contains("authorizedTasks");
  }

  @Test
  void usersWhoMayReadEveryTaskQueryWithoutTheCheckOthersWithIt() {
    assertThat(checked("coordinator")).isFalse();
    assertThat(checked("school1")).isTrue();
    assertThat(checked("employer1")).isTrue();
  }

  @Test
  void groupsWithAuthorizationsAreTheOnesTheEngineFinds() {
    List<List<String>> asked = new ArrayList<>();
    for (String user : USERS) {
      asked.add(identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    }
    asked.add(List.of("school-1", "no-such-group", "school-1"));
    asked.add(List.of("no-such-group"));
    asked.add(Arrays.asList("employer-2", null));
    asked.add(List.of());
    int nonEmpty = 0;
    for (List<String> groups : asked) {
      List<List<String>> answers = configuration().getCommandExecutorTxRequired().execute(context -> {
        AuthorizationManager ours = context.getAuthorizationManager();
        assertThat(ours).isInstanceOf(GlobalGrantAwareAuthorizationManager.class);
        // twice: the second answer comes from the command's cache
        return List.of(ours.filterAuthenticatedGroupIds(groups), ours.filterAuthenticatedGroupIds(groups),
            new AuthorizationManager().filterAuthenticatedGroupIds(groups));
      });
      assertThat(answers.get(0)).as(String.valueOf(groups)).containsExactlyInAnyOrderElementsOf(answers.get(2))
          .doesNotHaveDuplicates();
      assertThat(answers.get(1)).as(String.valueOf(groups)).isEqualTo(answers.get(0));
      nonEmpty += answers.get(2).isEmpty() ? 0 : 1;
    }
    // the demo users' groups hold authorizations (filters, tasks); an unknown group holds none
    assertThat(nonEmpty).isGreaterThanOrEqualTo(USERS.size());
  }

  @Test
  void everyUserSeesWhatTheEnginesOwnStatementsShow() {
    int compared = 0;
    for (String user : USERS) {
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      Map<String, Supplier<TaskQuery>> queries = new LinkedHashMap<>();
      queries.put("no criteria", () -> tasks.createTaskQuery());
      queries.put("my groups", () -> tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks());
      queries.put("my groups, overdue", () -> tasks.createTaskQuery().taskCandidateGroupIn(groups)
          .includeAssignedTasks().dueBefore(new Date()));
      queries.put("assigned to me", () -> tasks.createTaskQuery().taskAssignee(user));
      queries.put("candidate user", () -> tasks.createTaskQuery().taskCandidateUser(user));
      queries.put("or: school-1 or teacher1", () -> tasks.createTaskQuery().or().taskCandidateGroup("school-1")
          .taskAssignee("teacher1").endOr());
      queries.put("process key", () -> tasks.createTaskQuery().processDefinitionKey("rewriteProbe"));
      queries.put("overdue", () -> tasks.createTaskQuery().dueBefore(new Date()));
      for (Map.Entry<String, Supplier<TaskQuery>> q : queries.entrySet()) {
        String what = user + " / " + q.getKey();
        Result rewritten = run(user, groups, q.getValue());
        Result stock = withEngineStatements(() -> run(user, groups, q.getValue()));
        assertThat(rewritten).as(what).isEqualTo(stock);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(USERS.size() * 8);
    // the comparison covers restricted, empty and complete views
    assertThat(run("school1", List.of("school-coordinators", "school-1"), () -> tasks.createTaskQuery()).count())
        .isBetween(1L, total - 1L);
    assertThat(run("employer2", List.of("employers", "employer-2"), () -> tasks.createTaskQuery()
        .taskCandidateGroup("school-1")).count()).isZero();
    assertThat(run("coordinator", List.of("coordinators"), () -> tasks.createTaskQuery()).count()).isEqualTo(total);
  }

  @Test
  void overdueFilterShowsTheOverdueTasksOfMyGroupsAssignedOrNot() {
    List<String> groups = List.of("school-coordinators", "school-1");
    Date now = new Date();
    List<String> expected = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
        .dueBefore(now).list().stream().map(Task::getId).sorted().toList();
    assertThat(expected).hasSizeGreaterThan(1);
    String overdue = engine.getFilterService().createTaskFilterQuery().filterName(TaskFilters.OVERDUE).singleResult()
        .getId();
    identity.setAuthentication("school1", groups);
    try {
      List<String> shown = engine.getFilterService().<Task>listPage(overdue, 0, 100).stream().map(Task::getId).sorted().toList();
      assertThat(shown).isEqualTo(expected);
      assertThat(engine.getFilterService().count(overdue)).isEqualTo(expected.size());
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Page (ids in order, first 15 by creation date and id), page 2, and count. */
  record Result(List<String> page1, List<String> page2, long count) {}

  private Result run(String user, List<String> groups, Supplier<TaskQuery> query) {
    identity.setAuthentication(user, groups);
    try {
      List<String> page1 = ids(query.get().orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 15));
      List<String> page2 = ids(query.get().orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(15, 15));
      return new Result(page1, page2, query.get().count());
    } finally {
      identity.clearAuthentication();
    }
  }

  private static List<String> ids(List<Task> list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.getId()));
    return ids;
  }

  private boolean checked(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return configuration().getCommandExecutorTxRequired().execute(context -> {
        context.enableAuthorizationCheck(); // as in the services; custom commands run without
        TaskQueryImpl query = new TaskQueryImpl();
        context.getAuthorizationManager().configureTaskQuery(query);
        // the getter MyBatis reads (shouldPerformAuthorizatioCheck() is an unrelated field)
        return query.getAuthCheck().getShouldPerformAuthorizatioCheck();
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs {@code action} with the engine's own task statements and authorization manager. */
  private <T> T withEngineStatements(Supplier<T> action) {
    ProcessEngineConfigurationImpl config = configuration();
    Map<String, String> rewritten = config.getDbSqlSessionFactory().getStatementMappings();
    Map<String, String> stock = new LinkedHashMap<>(rewritten);
    stock.remove("selectTaskByQueryCriteria");
    stock.remove("selectTaskCountByQueryCriteria");
    Map<Class<?>, SessionFactory> factories = config.getSessionFactories();
    SessionFactory manager = factories.get(AuthorizationManager.class);
    config.getDbSqlSessionFactory().setStatementMappings(stock);
    factories.put(AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class));
    try {
      return action.get();
    } finally {
      config.getDbSqlSessionFactory().setStatementMappings(rewritten);
      factories.put(AuthorizationManager.class, manager);
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
