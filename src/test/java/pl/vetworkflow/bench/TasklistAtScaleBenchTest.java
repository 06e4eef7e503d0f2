package pl.vetworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.engine.tasklist.TaskQueryPerformancePlugin;
import pl.vetworkflow.engine.tasklist.TasklistQueryTuning;

/**
 * Tasklist at scale: 50,000 open tasks over 100 organisations (60 schools, 40 employers) and the
 * programme office, 1 in 6 overdue, a few claimed; a school coordinator, an employer and the
 * coordinator open each of their Tasklist filters (first page of 15 by creation date, newest first,
 * and the count, as Tasklist does: the user authenticated, the engine's authorization on), and send
 * the REST API's task query without criteria. Measured twice on the same database: stock (the
 * application started with vet.performance.tasklist-tuning=false: the engine's own statements and
 * database settings), then the product as shipped (TaskQueryPerformancePlugin, TasklistQueryTuning).
 */
@Tag("bench")
class TasklistAtScaleBenchTest {
  static final int TASKS = Integer.getInteger("bench.tasklist.tasks", 50_000);
  static final int SCHOOLS = 60;
  static final int EMPLOYERS = 40;
  static final int MAX_SAMPLES = 40;
  static final int CLAIMED = 12;
  static final long MAX_MILLIS_PER_MEASUREMENT = 10_000;
  static final List<String> USERS = List.of("school1", "employer1", "coordinator");

  static final String NO_CRITERIA = "REST: TaskQuery, no criteria";

  record Row(String phase, String user, String query, String op, long result, int n, double median, double p95) {}

  @Test
  void tasklistPageAndCountAtScale() throws Exception {
    List<Row> rows = new ArrayList<>();
    long seedMillis;
    String seedHow;
    try (EmbeddedPostgres postgres = Bench.startPostgres()) {
      try (ConfigurableApplicationContext app = Bench.startApplication(postgres,
          Map.of("vet.performance.tasklist-tuning", "false"))) {
        long t0 = System.nanoTime();
        seedHow = seed(app);
        seedMillis = (System.nanoTime() - t0) / 1_000_000;
        analyze(app.getBean(DataSource.class));
        rows.addAll(measure(app, "before (stock 7.24)"));
      }
      // the product as shipped: the tuning runs at start-up with the production pool settings
      try (ConfigurableApplicationContext app = Bench.startApplication(postgres, Map.of())) {
        assertThat(app.getBean(TasklistQueryTuning.class)).isNotNull();
        assertThat(app.getBean(TaskQueryPerformancePlugin.class)).isNotNull();
        try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW plan_cache_mode")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo(TasklistQueryTuning.PLAN_CACHE_MODE);
        }
        rows.addAll(measure(app, "after (vet-workflow)"));
      }
    }
    report(rows, seedMillis, seedHow);
  }

  // ------------------------------------------------------------------ seeding

  private String seed(ConfigurableApplicationContext app) throws Exception {
    IdentityService identity = app.getBean(IdentityService.class);
    RepositoryService repository = app.getBean(RepositoryService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    List<String> organisations = new ArrayList<>();
    for (int i = 1; i <= SCHOOLS; i++) {
      organisations.add(ensureGroup(identity, Groups.school(String.valueOf(i))));
    }
    for (int i = 1; i <= EMPLOYERS; i++) {
      organisations.add(ensureGroup(identity, Groups.employer(String.valueOf(i))));
    }
    // due dates as in the programme's tasks: 1 in 6 is overdue
    BpmnModelInstance model = Bpmn.createExecutableProcess("benchTasklist").name("Bench: one task")
        .camundaHistoryTimeToLive(1).startEvent().userTask("work").name("Zadanie testowe")
        .camundaCandidateGroups("${group}").camundaDueDate("${due}").endEvent().done();
    repository.createDeployment().name("bench-tasklist").addModelInstance("bench-tasklist.bpmn", model).deploy();

    int threads = 2;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = thread; i < TASKS; i += threads) {
          // every 10th task waits for the programme office, the others for an organisation
          String group = i % 10 == 0 ? Groups.COORDINATORS : organisations.get((i - i / 10 - 1) % organisations.size());
          runtime.startProcessInstanceByKey("benchTasklist", Variables.putValue("group", group)
              .putValue("due", Date.from(Instant.now().plus(Duration.ofDays(i % 6 - 1)))));
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    TaskService tasks = app.getBean(TaskService.class);
    long open = tasks.createTaskQuery().count();
    assertThat(open).isGreaterThanOrEqualTo(TASKS);
    // each measured user has claimed a few of their organisation's tasks ("Moje zadania")
    Map<String, String> claims = Map.of("school1", Groups.school("1"), "employer1", Groups.employer("1"),
        "coordinator", Groups.COORDINATORS);
    for (Map.Entry<String, String> claim : claims.entrySet()) {
      for (var task : tasks.createTaskQuery().taskCandidateGroup(claim.getValue()).listPage(0, CLAIMED)) {
        tasks.claim(task.getId(), claim.getKey());
      }
    }
    return String.format("engine API, %d threads: %,d process instances of a one-task process "
        + "(candidate group = organisation), %,d open tasks", threads, TASKS, open);
  }

  private static String ensureGroup(IdentityService identity, String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group g = identity.newGroup(id);
      g.setName(id);
      g.setType(Groups.ORGANISATION_TYPE);
      identity.saveGroup(g);
    }
    return id;
  }

  private static void analyze(DataSource dataSource) throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  // ------------------------------------------------------------------ measuring

  private List<Row> measure(ConfigurableApplicationContext app, String phase) {
    IdentityService identity = app.getBean(IdentityService.class);
    TaskService tasks = app.getBean(TaskService.class);
    FilterService filters = app.getBean(FilterService.class);
    List<Row> rows = new ArrayList<>();
    for (String user : USERS) {
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      // the Tasklist filters this user has, then the REST API's task query without criteria
      Map<String, String> queries = new LinkedHashMap<>();
      for (String name : List.of(TaskFilters.MY_TASKS, TaskFilters.MY_GROUP_TASKS, TaskFilters.OVERDUE)) {
        queries.put("filter " + name, filterId(filters, name));
      }
      if (user.equals("coordinator")) {
        queries.put("filter " + TaskFilters.ALL_TASKS, filterId(filters, TaskFilters.ALL_TASKS));
      }
      queries.put(NO_CRITERIA, null);
      for (Map.Entry<String, String> q : queries.entrySet()) {
        String filterId = q.getValue();
        Supplier<Long> page = () -> (long) (filterId == null
            ? tasks.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15).size()
            : filters.listPage(filterId, tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15).size());
        Supplier<Long> count = () -> filterId == null ? tasks.createTaskQuery().count() : filters.count(filterId);
        rows.add(time(identity, user, groups, phase, q.getKey(), "page of 15", page));
        rows.add(time(identity, user, groups, phase, q.getKey(), "count", count));
      }
    }
    return rows;
  }

  private static String filterId(FilterService filters, String name) {
    Filter f = filters.createTaskFilterQuery().filterName(name).singleResult();
    assertThat(f).as(name).isNotNull();
    return f.getId();
  }

  private static Row time(IdentityService identity, String user, List<String> groups, String phase, String query,
      String op, Supplier<Long> action) {
    List<Double> samples = new ArrayList<>();
    long result = -1;
    long start = System.nanoTime();
    while (samples.size() < MAX_SAMPLES
        && (samples.size() < 3 || (System.nanoTime() - start) / 1_000_000 < MAX_MILLIS_PER_MEASUREMENT)) {
      identity.setAuthentication(user, groups);
      try {
        long t0 = System.nanoTime();
        result = action.get();
        samples.add((System.nanoTime() - t0) / 1e6);
      } finally {
        identity.clearAuthentication();
      }
    }
    Row row = new Row(phase, user, query, op, result, samples.size(), Bench.median(samples), Bench.percentile(samples, 95));
    System.out.printf("[bench] %s | %s | %s | %s -> %d rows, n=%d, median %.1f ms, p95 %.1f ms%n", phase, user, query,
        op, result, row.n(), row.median(), row.p95());
    return row;
  }

  private static void report(List<Row> rows, long seedMillis, String seedHow) {
    StringBuilder md = new StringBuilder("## 1. Tasklist at scale\n\n");
    md.append(String.format("Seeding: %s in %,d ms. Each figure: the same query repeated (at most %d times "
        + "or %d s, at least 3), milliseconds, embedded PostgreSQL 17, authorization on, the user authenticated. "
        + "Page = first 15 by creation date, newest first.%n%n", seedHow, seedMillis, MAX_SAMPLES,
        MAX_MILLIS_PER_MEASUREMENT / 1000));
    md.append("| User | Query | Operation | Result | Before: median | Before: p95 | After: median | After: p95 | n (before/after) |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    List<Row> before = rows.stream().filter(r -> r.phase().startsWith("before")).toList();
    List<Row> after = rows.stream().filter(r -> r.phase().startsWith("after")).toList();
    double worstFilters = 0;
    double worstAll = 0;
    for (int i = 0; i < before.size(); i++) {
      Row b = before.get(i);
      Row a = after.get(i);
      assertThat(a.result()).as("same result before and after: " + a.user() + " " + a.query() + " " + a.op())
          .isEqualTo(b.result());
      worstAll = Math.max(worstAll, a.p95());
      if (!a.query().equals(NO_CRITERIA)) {
        worstFilters = Math.max(worstFilters, a.p95());
      }
      md.append(String.format("| %s | %s | %s | %,d | %s | %s | %s | %s | %d/%d |%n", b.user(), b.query(), b.op(),
          a.result(), Bench.ms(b.median()), Bench.ms(b.p95()), Bench.ms(a.median()), Bench.ms(a.p95()), b.n(), a.n()));
    }
    md.append(String.format("%nWorst p95 after: Tasklist filters %s ms, including the REST query without criteria "
        + "%s ms (goal 20 ms).%n", Bench.ms(worstFilters), Bench.ms(worstAll)));
    Bench.writeSection("1-tasklist", md.toString());
  }
}
