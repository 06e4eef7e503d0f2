package pl.vetworkflow.indicators;

import static pl.vetworkflow.indicators.ProgrammeTargets.INSTRUCTORS;
import static pl.vetworkflow.indicators.ProgrammeTargets.INSTRUCTOR_COURSES;
import static pl.vetworkflow.indicators.ProgrammeTargets.PARTICIPANTS;
import static pl.vetworkflow.indicators.ProgrammeTargets.STUDENTS;
import static pl.vetworkflow.indicators.ProgrammeTargets.STUDENTS_BRANZOWA;
import static pl.vetworkflow.indicators.ProgrammeTargets.STUDENTS_SPECIAL;
import static pl.vetworkflow.indicators.ProgrammeTargets.STUDENTS_TECHNIKUM;
import static pl.vetworkflow.indicators.ProgrammeTargets.STUDENT_COURSES;
import static pl.vetworkflow.indicators.ProgrammeTargets.STUDENT_INTERNSHIPS;
import static pl.vetworkflow.indicators.ProgrammeTargets.TEACHERS;
import static pl.vetworkflow.indicators.ProgrammeTargets.TEACHER_COURSES;
import static pl.vetworkflow.indicators.ProgrammeTargets.TEACHER_INTERNSHIPS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.vetworkflow.indicators.ProgrammeIndicators.Bottlenecks;
import pl.vetworkflow.indicators.ProgrammeIndicators.Demography;
import pl.vetworkflow.indicators.ProgrammeIndicators.FailedEmail;
import pl.vetworkflow.indicators.ProgrammeIndicators.FailedEmails;
import pl.vetworkflow.indicators.ProgrammeIndicators.Indicator;
import pl.vetworkflow.indicators.ProgrammeIndicators.OverdueByGroup;
import pl.vetworkflow.indicators.ProgrammeIndicators.SchoolFigures;
import pl.vetworkflow.indicators.ProgrammeIndicators.StepBacklog;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.procurement.SchoolBudgets;
import pl.vetworkflow.engine.EngineClock;

/**
 * The programme's figures, exact, from the registry ({@code vet_participant}, {@code vet_support}),
 * the procurement orders, the outbox and the engine's runtime tables. Read in one transaction so
 * the parts agree with each other.
 */
@Repository
public class IndicatorService {
  static final List<String> STUDENT_INTERNSHIP_KINDS = List.of("STUDENT_INTERNSHIP");
  static final List<String> TEACHER_INTERNSHIP_KINDS = List.of("TEACHER_INTERNSHIP");
  static final List<String> STUDENT_COURSE_KINDS = List.of("STUDENT_QUALIFICATION_COURSE", "STUDENT_COMPETENCE_COURSE");
  static final List<String> TEACHER_COURSE_KINDS = List.of("TEACHER_COURSE");
  static final List<String> INSTRUCTOR_COURSE_KINDS = List.of("PNZ_INSTRUCTOR_COURSE");
  static final List<String> COURSE_KINDS = List.of("STUDENT_QUALIFICATION_COURSE", "STUDENT_COMPETENCE_COURSE",
      "TEACHER_COURSE", "PNZ_INSTRUCTOR_COURSE");
  private static final int LATEST_FAILED_EMAILS = 10;

  private final EngineClock clock;
  private final JdbcTemplate jdbc;
  private final ProgrammeTargets targets;
  private final OrganisationRepository organisations;
  private final SchoolBudgets budgets;

  public IndicatorService(JdbcTemplate jdbc, ProgrammeTargets targets, OrganisationRepository organisations,
      SchoolBudgets budgets, EngineClock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.targets = targets;
    this.organisations = organisations;
    this.budgets = budgets;
  }

  @Transactional(readOnly = true)
  public ProgrammeIndicators compute() {
    Instant now = clock.now();
    return new ProgrammeIndicators(now, activities(), people(), demography(), schools(), bottlenecks(now));
  }

  // ------------------------------------------------------------------ activities (forms of support)

  List<Indicator> activities() {
    return List.of(
        activity(STUDENT_INTERNSHIPS, "Staże uczniowskie", STUDENT_INTERNSHIP_KINDS),
        activity(STUDENT_COURSES, "Kursy dla uczniów", STUDENT_COURSE_KINDS),
        activity(TEACHER_INTERNSHIPS, "Staże nauczycieli u pracodawców", TEACHER_INTERNSHIP_KINDS),
        activity(TEACHER_COURSES, "Kursy dla nauczycieli", TEACHER_COURSE_KINDS),
        activity(INSTRUCTOR_COURSES, "Kursy instruktorów praktycznej nauki zawodu", INSTRUCTOR_COURSE_KINDS));
  }

  private Indicator activity(String key, String name, List<String> kinds) {
    String in = placeholders(kinds.size());
    long completed = count("select count(*) from vet_support where status = 'COMPLETED' and kind in (" + in + ")",
        kinds.toArray());
    long inProgress = count("select count(*) from vet_support where status = 'IN_PROGRESS' and kind in (" + in + ")",
        kinds.toArray());
    return indicator(key, name, completed, inProgress);
  }

  // ------------------------------------------------------------------ people (each once)

  List<Indicator> people() {
    return List.of(
        person(PARTICIPANTS, "Uczestnicy ogółem", "1 = 1"),
        person(STUDENTS, "Uczniowie", "p.participant_type = 'STUDENT'"),
        person(STUDENTS_TECHNIKUM, "Uczniowie techników",
            "p.participant_type = 'STUDENT' and sc.school_type = 'TECHNIKUM'"),
        person(STUDENTS_BRANZOWA, "Uczniowie szkół branżowych I stopnia",
            "p.participant_type = 'STUDENT' and sc.school_type = 'BRANZOWA_I'"),
        person(STUDENTS_SPECIAL, "Uczniowie szkół specjalnych",
            "p.participant_type = 'STUDENT' and sc.school_type = 'SPECJALNA'"),
        person(TEACHERS, "Nauczyciele", "p.participant_type = 'TEACHER'"),
        person(INSTRUCTORS, "Instruktorzy praktycznej nauki zawodu / opiekunowie stażystów",
            "p.participant_type = 'INSTRUCTOR'"));
  }

  private Indicator person(String key, String name, String condition) {
    String from = " from vet_participant p left join vet_school sc on sc.id = p.school_id where " + condition;
    String completedSupport = "exists (select 1 from vet_support s where s.participant_id = p.id and s.status = 'COMPLETED')";
    long completed = count("select count(*)" + from + " and " + completedSupport);
    long registered = count("select count(*)" + from);
    return indicator(key, name, completed, registered - completed);
  }

  private Indicator indicator(String key, String name, long completed, long inProgress) {
    int target = targets.target(key);
    BigDecimal percent = BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
    return new Indicator(key, name, target, completed, inProgress, percent);
  }

  // ------------------------------------------------------------------ demography

  Demography demography() {
    Map<String, Long> bySex = new TreeMap<>(Map.of("K", 0L, "M", 0L));
    Map<String, Long> byAge = new LinkedHashMap<>();
    byAge.put("poniżej 18", 0L);
    byAge.put("18-29", 0L);
    byAge.put("30 i więcej", 0L);
    Map<String, Map<String, Long>> byTypeAndSex = new TreeMap<>();
    long[] total = {0};
    jdbc.query("select sex, birth_date, first_support_date, participant_type from vet_participant", rs -> {
      String sex = rs.getString("sex");
      int age = Period.between(rs.getDate("birth_date").toLocalDate(),
          rs.getDate("first_support_date").toLocalDate()).getYears();
      total[0]++;
      bySex.merge(sex, 1L, Long::sum);
      byAge.merge(age < 18 ? "poniżej 18" : age <= 29 ? "18-29" : "30 i więcej", 1L, Long::sum);
      byTypeAndSex.computeIfAbsent(rs.getString("participant_type"), t -> new TreeMap<>(Map.of("K", 0L, "M", 0L)))
          .merge(sex, 1L, Long::sum);
    });
    return new Demography(total[0], bySex, byAge, byTypeAndSex);
  }

  // ------------------------------------------------------------------ per school

  List<SchoolFigures> schools() {
    Map<String, Map<String, Long>> stages = new TreeMap<>();
    // open cases of every process by the name of the step they wait in (the open user task)
    // a case waiting in a called process (e.g. the employer placement) counts for its root case
    jdbc.query("select v.text_ as school_id, t.name_ as step, count(distinct e.root_proc_inst_id_) as cases"
        + " from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
        + " join act_ru_variable v on v.proc_inst_id_ = e.root_proc_inst_id_"
        + " and v.name_ = 'schoolId' and v.execution_id_ = v.proc_inst_id_"
        + " group by v.text_, t.name_", rs -> {
          stages.computeIfAbsent(rs.getString("school_id"), k -> new TreeMap<>())
              .put(rs.getString("step"), rs.getLong("cases"));
        });
    Map<String, Long> internships = countBySchool(STUDENT_INTERNSHIP_KINDS, TEACHER_INTERNSHIP_KINDS);
    Map<String, Long> courses = countBySchool(COURSE_KINDS);
    List<SchoolFigures> result = new ArrayList<>();
    for (School school : organisations.schools()) {
      BigDecimal budget = budgets.budget(school.id());
      BigDecimal left = budgets.remaining(school.id(), -1);
      result.add(new SchoolFigures(school.id(), school.name(), school.type().polishName(),
          stages.getOrDefault(school.id(), Collections.emptyMap()), internships.getOrDefault(school.id(), 0L),
          courses.getOrDefault(school.id(), 0L), budget, budget.subtract(left), left));
    }
    return result;
  }

  @SafeVarargs
  private Map<String, Long> countBySchool(List<String>... kindLists) {
    List<String> kinds = new ArrayList<>();
    for (List<String> list : kindLists) {
      kinds.addAll(list);
    }
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query("select p.school_id, count(*) as completed from vet_support s join vet_participant p"
        + " on p.id = s.participant_id where s.status = 'COMPLETED' and p.school_id is not null and s.kind in ("
        + placeholders(kinds.size()) + ") group by p.school_id",
        rs -> {
          counts.put(rs.getString("school_id"), rs.getLong("completed"));
        }, kinds.toArray());
    return counts;
  }

  // ------------------------------------------------------------------ bottlenecks

  Bottlenecks bottlenecks(Instant now) {
    Timestamp nowTs = Timestamp.from(now);
    List<StepBacklog> steps = jdbc.query("select d.key_ as process_key, t.task_def_key_ as task_key,"
            + " max(t.name_) as task_name, count(*) as open_tasks,"
            + " sum(case when t.due_date_ < ? then 1 else 0 end) as overdue, min(t.create_time_) as oldest"
            + " from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_"
            + " group by d.key_, t.task_def_key_ order by min(t.create_time_)",
        (rs, n) -> new StepBacklog(rs.getString("process_key"), rs.getString("task_key"), rs.getString("task_name"),
            rs.getLong("open_tasks"), rs.getLong("overdue"),
            Duration.between(rs.getTimestamp("oldest").toInstant(), now).toHours()),
        nowTs);
    List<OverdueByGroup> overdue = jdbc.query("select l.group_id_ as group_id, max(g.name_) as group_name,"
            + " max(g.type_) as group_type, count(distinct t.id_) as overdue"
            + " from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'"
            + " left join act_id_group g on g.id_ = l.group_id_"
            + " where t.due_date_ < ? and l.group_id_ is not null group by l.group_id_ order by count(distinct t.id_) desc",
        (rs, n) -> new OverdueByGroup(rs.getString("group_id"), rs.getString("group_name"), rs.getString("group_type"),
            rs.getLong("overdue")),
        nowTs);
    long failed = count("select count(*) from vet_mail_outbox where status = 'FAILED'");
    List<FailedEmail> latest = jdbc.query("select id, business_key, subject, created_at, last_error"
            + " from vet_mail_outbox where status = 'FAILED' order by created_at desc, id desc",
        rs -> {
          List<FailedEmail> rows = new ArrayList<>();
          while (rs.next() && rows.size() < LATEST_FAILED_EMAILS) {
            rows.add(new FailedEmail(rs.getLong("id"), rs.getString("business_key"), rs.getString("subject"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("last_error")));
          }
          return rows;
        });
    return new Bottlenecks(steps, overdue, new FailedEmails(failed, latest));
  }

  // ------------------------------------------------------------------ helpers

  private long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
