package pl.vetworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Http;

/** Exploit attempts against the two holes of 7.24.0 CE that are fixed only in paid releases. */
@H2IntegrationTest
class KnownVulnerabilitiesTest {
  /** A bean the injected expression calls: counts how often attacker code ran. */
  public static class Probe {
    final AtomicInteger hits = new AtomicInteger();

    public String hit() {
      hits.incrementAndGet();
      return "nobody";
    }
  }

  static final String PAYLOAD = "${cveProbe.hit()}";

  @LocalServerPort int port;
  @Autowired ConfigurableApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  Probe probe;

  @BeforeEach
  void registerProbe() {
    if (!context.containsBean("cveProbe")) {
      context.getBeanFactory().registerSingleton("cveProbe", new Probe());
    }
    probe = context.getBean("cveProbe", Probe.class);
    probe.hits.set(0);
  }

  /** Direct members of camunda-admin removed by a test, given back afterwards. */
  final java.util.List<String> removedAdmins = new java.util.ArrayList<>();

  @AfterEach
  void adminsStayMembers() {
    removedAdmins.forEach(id -> identityService.createMembership(id, Groups.ADMINS));
    removedAdmins.clear();
  }

  // --- CVE-2026-77226: unauthenticated admin creation through the setup endpoint

  @Test
  void setupEndpointCannotCreateAnAdminEvenWhenTheAdminGroupHasNoDirectMember() {
    // the exploitable state: camunda-admin without direct members
    identityService.createUserQuery().memberOfGroup(Groups.ADMINS).list().forEach(user -> {
      identityService.deleteMembership(user.getId(), Groups.ADMINS);
      removedAdmins.add(user.getId());
    });
    Http attacker = Http.anonymous(port);
    attacker.get("/camunda/app/admin/default/setup/"); // obtains session and XSRF cookie like a browser
    String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\","
        + "\"email\":\"i@example.org\"},\"credentials\":{\"password\":\"intruder\"}}";

    for (String path : new String[] {"/camunda/api/admin/setup/default/user/create",
        "/camunda/api/admin/SETUP/default/user/create", "/camunda//api/admin/setup/default/user/create",
        "/camunda/api/admin/setup;x=y/default/user/create"}) {
      var response = attacker.postJson(path, body);
      assertThat(response.statusCode()).as(path).isIn(403, 404);
    }
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINS).count()).isZero();
  }

  @Test
  void theConfiguredAdminIsADirectMemberOfTheAdminGroup() {
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup(Groups.ADMINS).count())
        .isEqualTo(1);
  }

  // --- CVE-2026-109432: expressions inside task-query orQueries run attacker code

  @Test
  void thePayloadIsLiveWhenAnOrQueryIsEvaluatedWithoutTheGuard() {
    // control: proves the payload would run, so the refusals below are the guard's doing
    TaskQueryImpl query = (TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression(PAYLOAD).endOr();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(commandContext ->
        query.evaluateExpressionsAndExecuteCount(commandContext));
    assertThat(probe.hits).hasValue(1);
  }

  @Test
  void adhocRestQueryWithAnExpressionInOrQueriesIsRefused() {
    Http school1 = Http.basic(port, "school1", "school1");
    var response = school1.postJson("/engine-rest/task?maxResults=10",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Expression not allowed");
    var count = school1.postJson("/engine-rest/task/count",
        "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + PAYLOAD + "\"}]}");
    assertThat(count.statusCode()).isEqualTo(400);
    assertThat(probe.hits).hasValue(0);
  }

  @Test
  void runningAFilterWithAnExpressionInTheExtendingOrQueriesIsRefused() {
    String filterId = filterService.createTaskFilterQuery().filterName(TaskFilters.MY_TASKS).singleResult().getId();
    Http school1 = Http.basic(port, "school1", "school1");
    // the filter itself works (its own ${currentUser()} is allowed)
    assertThat(school1.postJson("/engine-rest/filter/" + filterId + "/list?maxResults=15", "{}").statusCode())
        .isEqualTo(200);
    var response = school1.postJson("/engine-rest/filter/" + filterId + "/list?maxResults=15",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Expression not allowed");
    assertThat(probe.hits).hasValue(0);
  }

  @Test
  void savingAFilterWithAnExpressionInOrQueriesIsRefused() {
    Http admin = Http.basic(port, "admin", "admin");
    long before = filterService.createFilterQuery().count();
    var response = admin.postJson("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"evil\","
        + "\"query\":{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
    assertThat(probe.hits).hasValue(0);
  }

  @Test
  void tasklistExpressionsStayAllowed() {
    Http school1 = Http.basic(port, "school1", "school1");
    var response = school1.postJson("/engine-rest/filter/create", "{}");
    assertThat(response.statusCode()).isIn(400, 403); // school users may not create filters at all
    var allowed = Http.basic(port, "admin", "admin").postJson("/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"due-soon-probe\",\"query\":{\"orQueries\":["
            + "{\"assigneeExpression\":\"${currentUser()}\"},"
            + "{\"dueBeforeExpression\":\"${dateTime().plusDays(2).toDate()}\"}]}}");
    assertThat(allowed.statusCode()).isEqualTo(200);
  }
}
