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
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import pl.vetworkflow.testsupport.Http;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
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
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
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
    assertThat(TaskQueryRewrite.mapperXml(true)).doesNotContain("AUTH ON").contains("authorizedTasks")
        .contains("SET LOCAL plan_cache_mode = auto");
    assertThat(TaskQueryRewrite.mapperXml(false)).doesNotContain("plan_cache_mode");
  }

  @Test
  void usersWhoMayReadEveryTaskQueryWithoutTheCheckOthersWithIt() {
    assertThat(checked("coordinator")).isFalse();
    assertThat(checked("school1")).isTrue();
    assertThat(checked("employer1")).isTrue();
    // their statements leave out the check for a grant on every task: the standing grants showed none
    assertThat(leavesOutTheGrantOnEveryTask("school1")).isTrue();
    assertThat(leavesOutTheGrantOnEveryTask("employer1")).isTrue();
    assertThat(leavesOutTheGrantOnEveryTask("coordinator")).isFalse();
  }

  /**
   * A statement with the check keeps a generic plan on its connection after PostgreSQL's five custom
   * ones (it planned for about 1 ms in every request); the connection's own setting is back right after
   * it, for the engine's other statements.
   */
  @Test
  void aCheckedStatementKeepsItsPlanAndLeavesTheConnectionsSettingAsItWas() {
    List<String> groups = List.of("school-coordinators", "school-1");
    identity.setAuthentication("school1", groups);
    try {
      // one transaction: one connection, whose prepared statements PostgreSQL lists
      Map<String, Object> plans = transaction.execute(status -> {
        String setting = jdbc.queryForObject("SHOW plan_cache_mode", String.class);
        for (int i = 0; i < 12; i++) {
          assertThat(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count()).isPositive();
        }
        assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo(setting)
            .isEqualTo(TasklistQueryTuning.PLAN_CACHE_MODE);
        return jdbc.queryForMap("select coalesce(sum(generic_plans), 0) generic from pg_prepared_statements"
            + " where statement ilike '%count(%' and statement ilike '%ACT_RU_AUTHORIZATION%'");
      });
      assertThat(((Number) plans.get("generic")).longValue()).as("executions with the generic plan").isPositive();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Tasklist's own requests on PostgreSQL (the webapp's engine API, logged in as school1): each filter's
   * first page and count, repeated past the point where the checked statements keep their plan, show
   * what the engine's own statements show.
   */
  @Test
  void tasklistShowsTheSameTasksOnceTheStatementsKeepTheirPlan() throws Exception {
    List<String> groups = groupsOf("school1");
    Http tasklist = Http.webappSession(port, "tasklist", "school1", "school1");
    tasklist.get("/camunda/api/admin/auth/user/default");
    ObjectMapper json = new ObjectMapper();
    String sorting = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"},"
        + "{\"sortBy\":\"id\",\"sortOrder\":\"asc\"}]}";
    int compared = 0;
    for (String name : List.of(TaskFilters.MY_TASKS, TaskFilters.MY_GROUP_TASKS, TaskFilters.OVERDUE)) {
      Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(name).singleResult();
      identity.setAuthentication("school1", groups);
      List<String> expected;
      long expectedCount;
      try {
        expected = withEngineStatements(() -> ids(engine.getFilterService().listPage(filter.getId(),
            tasks.createTaskQuery().orderByTaskCreateTime().desc().orderByTaskId().asc(), 0, 15)));
        expectedCount = withEngineStatements(() -> engine.getFilterService().count(filter.getId()));
      } finally {
        identity.clearAuthentication();
      }
      for (int i = 0; i < 12; i++) {
        HttpResponse<String> page = tasklist.postJsonForHal("/camunda/api/engine/engine/default/filter/"
            + filter.getId() + "/list?firstResult=0&maxResults=15", sorting);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<String> shown = new ArrayList<>();
        json.readTree(page.body()).path("_embedded").path("task").forEach(t -> shown.add(t.path("id").asText()));
        assertThat(shown).as(name + ", call " + i).isEqualTo(expected);
        HttpResponse<String> count = tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filter.getId()
            + "/count", "{}");
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        JsonNode answer = json.readTree(count.body());
        assertThat(answer.path("count").asLong()).as(name + ", count " + i).isEqualTo(expectedCount);
      }
      compared += expected.isEmpty() ? 0 : 1;
    }
    assertThat(compared).as("filters with tasks").isEqualTo(3);
  }

  /**
   * The standing grants are kept between requests ({@link StandingGrantsCache}): a grant on every task
   * or on a filter, added or removed through the engine, counts from the next request. A grant to
   * user '*' on every task, which the engine's task query join honours (its evaluation does not), lets
   * everybody read every task, as with the engine's statements.
   */
  @Test
  void aChangedStandingGrantCountsFromTheNextRequest() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    String filter = engine.getFilterService().createFilterQuery().list().get(0).getId();

    assertThat(checked("school2")).isTrue();
    String group = grant(authorizations, a -> a.setGroupId("school-2"), Resources.TASK, "*", Permissions.READ);
    try {
      assertThat(checked("school2")).as("granted").isFalse();
    } finally {
      authorizations.deleteAuthorization(group);
    }
    assertThat(checked("school2")).as("revoked").isTrue();

    assertThat(mayUpdateFilter("accountant", filter)).isFalse();
    String own = grant(authorizations, a -> a.setUserId("accountant"), Resources.FILTER, filter, Permissions.UPDATE);
    try {
      assertThat(mayUpdateFilter("accountant", filter)).as("granted").isTrue();
    } finally {
      authorizations.deleteAuthorization(own);
    }
    assertThat(mayUpdateFilter("accountant", filter)).as("revoked").isFalse();

    String everyone = grant(authorizations, a -> a.setUserId("*"), Resources.TASK, "*", Permissions.READ);
    try {
      assertThat(checked("employer2")).isFalse();
      assertThat(compareWithTheEnginesStatements()).isEqualTo(USERS.size() * 8);
    } finally {
      authorizations.deleteAuthorization(everyone);
    }
    assertThat(checked("employer2")).isTrue();
    assertThat(leavesOutTheGrantOnEveryTask("employer2")).isTrue();
  }

  private boolean mayUpdateFilter(String user, String filter) {
    List<String> groups = groupsOf(user);
    return configuration().getCommandExecutorTxRequired().execute(context ->
        context.getAuthorizationManager().isAuthorized(user, groups, Permissions.UPDATE, Resources.FILTER, filter));
  }

  private boolean leavesOutTheGrantOnEveryTask(String user) {
    return afterConfiguringATaskQuery(user, TaskQueryRewrite::noGrantOnEveryTask);
  }

  @Test
  void groupsGoIntoTheChecksAsGivenWithoutDuplicatesOrNulls() {
    List<String> answer = configuration().getCommandExecutorTxRequired().execute(context -> {
      assertThat(context.getAuthorizationManager()).isInstanceOf(GlobalGrantAwareAuthorizationManager.class);
      return context.getAuthorizationManager().filterAuthenticatedGroupIds(
          Arrays.asList("school-1", "no-such-group", null, "school-1"));
    });
    assertThat(answer).containsExactly("school-1", "no-such-group");
  }

  /**
   * The filters' READ checks and the check for a grant on every task answer as the engine's own, for
   * every demo user and filter, with the demo's grants and with grants added for the comparison:
   * a group's and a user's grant on every task, a grant without the READ bit, a global grant on
   * every filter and one user's grant on one filter.
   */
  @Test
  void filterAndTaskChecksAnswerAsTheEnginesOwn() {
    List<String> filters = new ArrayList<>(engine.getFilterService().createFilterQuery().list().stream()
        .map(Filter::getId).toList());
    assertThat(filters).hasSizeGreaterThanOrEqualTo(4);
    filters.add("no-such-filter");
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> added = new ArrayList<>();
    int granted = 0;
    int refused = 0;
    try {
      for (int round = 0; round < 2; round++) {
        for (String user : USERS) {
          List<String> groups = groupsOf(user);
          for (String filter : filters) {
            for (Permission permission : List.of(
                Permissions.READ,
                Permissions.UPDATE)) {
              String what = "round " + round + ", " + user + " " + permission.getName() + " filter " + filter;
              boolean ours = configuration().getCommandExecutorTxRequired().execute(context ->
                  context.getAuthorizationManager().isAuthorized(user, groups, permission,
                      Resources.FILTER, filter));
              boolean theirs = configuration().getCommandExecutorTxRequired().execute(context -> {
                AuthorizationManager stock = new AuthorizationManager();
                return stock.isAuthorized(user, groups, permission, Resources.FILTER,
                    filter);
              });
              assertThat(ours).as(what).isEqualTo(theirs);
              if (ours) {
                granted++;
              } else {
                refused++;
              }
            }
          }
          boolean ours = !checked(user);
          boolean theirs = configuration().getCommandExecutorTxRequired().execute(context -> {
            CompositePermissionCheck onEverything = new CompositePermissionCheck(true);
            onEverything.addAtomicCheck(anyResource(Resources.TASK, Permissions.READ));
            onEverything.addAtomicCheck(anyResource(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_TASK));
            return new AuthorizationManager().isAuthorized(user, groups, onEverything);
          });
          assertThat(ours).as("round " + round + ", " + user + " may read every task").isEqualTo(theirs);
        }
        if (round == 0) {
          added.add(grant(authorizations, a -> a.setGroupId("school-2"), Resources.TASK,
              "*", Permissions.READ));
          added.add(grant(authorizations, a -> a.setUserId("employer1"),
              Resources.PROCESS_DEFINITION, "*",
              ProcessDefinitionPermissions.READ_TASK));
          added.add(grant(authorizations, a -> a.setUserId("teacher1"), Resources.TASK,
              "*", Permissions.UPDATE));
          added.add(grant(authorizations, a -> a.setUserId("accountant"), Resources.FILTER,
              filters.get(0), Permissions.UPDATE));
          Authorization global = authorizations.createNewAuthorization(
              Authorization.AUTH_TYPE_GLOBAL);
          global.setUserId("*");
          global.setResource(Resources.FILTER);
          global.setResourceId("*");
          global.addPermission(Permissions.READ);
          added.add(authorizations.saveAuthorization(global).getId());
        }
      }
      // the second round saw the added grants
      assertThat(checked("school2")).isFalse();
      assertThat(checked("employer1")).isFalse();
      assertThat(checked("teacher1")).isTrue();
    } finally {
      added.forEach(authorizations::deleteAuthorization);
    }
    assertThat(granted).isPositive();
    assertThat(refused).isPositive();
  }

  private static PermissionCheck anyResource(Resource resource, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(Authorization.ANY);
    check.setPermission(permission);
    return check;
  }

  private static String grant(AuthorizationService authorizations,
      Consumer<Authorization> who,
      Resource resource, String resourceId,
      Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(
        Authorization.AUTH_TYPE_GRANT);
    who.accept(grant);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    return authorizations.saveAuthorization(grant).getId();
  }

  @Test
  void everyUserSeesWhatTheEnginesOwnStatementsShow() {
    assertThat(compareWithTheEnginesStatements()).isEqualTo(USERS.size() * 8);
    // the comparison covers restricted, empty and complete views
    assertThat(run("school1", List.of("school-coordinators", "school-1"), () -> tasks.createTaskQuery()).count())
        .isBetween(1L, total - 1L);
    assertThat(run("employer2", List.of("employers", "employer-2"), () -> tasks.createTaskQuery()
        .taskCandidateGroup("school-1")).count()).isZero();
    assertThat(run("coordinator", List.of("coordinators"), () -> tasks.createTaskQuery()).count()).isEqualTo(total);
  }

  /** With revoke checks on, the statements take the engine's own evaluation (without its join). */
  @Test
  void withRevokeChecksTheEnginesOwnEvaluationAnswers() {
    ProcessEngineConfigurationImpl config = configuration();
    String revokes = config.getAuthorizationCheckRevokes();
    config.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
    try {
      assertThat(leavesOutTheGrantOnEveryTask("school1")).isFalse();
      assertThat(compareWithTheEnginesStatements()).isEqualTo(USERS.size() * 8);
      assertThat(run("school1", List.of("school-coordinators", "school-1"), () -> tasks.createTaskQuery()).count())
          .isBetween(1L, total - 1L);
    } finally {
      config.setAuthorizationCheckRevokes(revokes);
    }
  }

  @Test
  void onlyTheTaskQuerysPlainChecksAreMadePerColumn() {
    assertThat(TaskQueryRewrite.checksPerColumn(checks(true, "RES.ID_", "D.KEY_"))).isTrue();
    assertThat(TaskQueryRewrite.checksPerColumn(checks(false, "RES.ID_", "D.KEY_"))).isFalse();
    assertThat(TaskQueryRewrite.checksPerColumn(checks(true, "RES.ID_", "RES.PROC_INST_ID_"))).isFalse();
    assertThat(TaskQueryRewrite.checksPerColumn(checks(true))).isFalse();
    AuthorizationCheck nested = checks(true, "RES.ID_");
    nested.getPermissionChecks().addCompositeCheck(new CompositePermissionCheck(true));
    assertThat(TaskQueryRewrite.checksPerColumn(nested)).isFalse();
  }

  private static AuthorizationCheck checks(boolean disjunctive, String... columns) {
    CompositePermissionCheck composite = new CompositePermissionCheck(disjunctive);
    for (String column : columns) {
      PermissionCheck atomic = new PermissionCheck();
      atomic.setResource(Resources.TASK);
      atomic.setPermission(Permissions.READ);
      atomic.setResourceIdQueryParam(column);
      composite.addAtomicCheck(atomic);
    }
    AuthorizationCheck check = new AuthorizationCheck();
    check.setPermissionChecks(composite);
    return check;
  }

  private int compareWithTheEnginesStatements() {
    int compared = 0;
    for (String user : USERS) {
      List<String> groups = groupsOf(user);
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
    return compared;
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
    // the getter MyBatis reads (shouldPerformAuthorizatioCheck() is an unrelated field)
    return afterConfiguringATaskQuery(user, AuthorizationCheck::getShouldPerformAuthorizatioCheck);
  }

  /** What {@code answer} says of a task query's check once the authorization manager configured it for the user. */
  private boolean afterConfiguringATaskQuery(String user, Predicate<AuthorizationCheck> answer) {
    identity.setAuthentication(user, groupsOf(user));
    try {
      return configuration().getCommandExecutorTxRequired().execute(context -> {
        context.enableAuthorizationCheck(); // as in the services; custom commands run without
        TaskQueryImpl query = new TaskQueryImpl();
        context.getAuthorizationManager().configureTaskQuery(query);
        return answer.test(query.getAuthCheck());
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
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
