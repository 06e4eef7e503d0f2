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
import pl.vetworkflow.notification.OutboxMessage;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.organisation.SchoolType;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.procurement.SchoolBudgets;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.engine.EngineFigures;
import pl.vetworkflow.support.SupportRegistry.Kind;
import pl.vetworkflow.support.SupportRegistry.Status;

/**
 * The programme's figures, exact, from the registry (the reporting views {@code vet_report_participant},
 * {@code vet_report_support}), the procurement orders, the outbox ({@code vet_report_mail}) and the
 * engine's runtime tables ({@link EngineFigures}). Read in one transaction so the parts agree with
 * each other.
 */
@Repository
public class IndicatorService {
  static final List<Kind> STUDENT_INTERNSHIP_KINDS = List.of(Kind.STUDENT_INTERNSHIP);
  static final List<Kind> TEACHER_INTERNSHIP_KINDS = List.of(Kind.TEACHER_INTERNSHIP);
  static final List<Kind> STUDENT_COURSE_KINDS =
      List.of(Kind.STUDENT_QUALIFICATION_COURSE, Kind.STUDENT_COMPETENCE_COURSE);
  static final List<Kind> TEACHER_COURSE_KINDS = List.of(Kind.TEACHER_COURSE);
  static final List<Kind> INSTRUCTOR_COURSE_KINDS = List.of(Kind.PNZ_INSTRUCTOR_COURSE);
  static final List<Kind> COURSE_KINDS = List.of(Kind.STUDENT_QUALIFICATION_COURSE, Kind.STUDENT_COMPETENCE_COURSE,
      Kind.TEACHER_COURSE, Kind.PNZ_INSTRUCTOR_COURSE);
  private static final int LATEST_FAILED_EMAILS = 10;

  private final EngineClock clock;
  private final JdbcTemplate jdbc;
  private final EngineFigures engine;
  private final ProgrammeTargets targets;
  private final OrganisationRepository organisations;
  private final SchoolBudgets budgets;

  public IndicatorService(JdbcTemplate jdbc, EngineFigures engine, ProgrammeTargets targets,
      OrganisationRepository organisations, SchoolBudgets budgets, EngineClock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.engine = engine;
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
    return ActivityDefinition.all().stream().map(a -> activity(a.key(), a.name(), a.kinds())).toList();
  }

  /** Forms of support of these kinds (by name): completed (with the persons' sex) and in progress. */
  private Indicator activity(String key, String name, List<String> kinds) {
    String in = "(" + placeholders(kinds.size()) + ")";
    long inProgress = count("select count(*) from vet_report_support where status = ? and kind in " + in,
        args(Status.IN_PROGRESS, kinds));
    Map<String, Long> bySex = bySex();
    jdbc.query("select p.sex, count(*) as completed from vet_report_support s"
        + " join vet_report_participant p on p.id = s.participant_id where s.status = ? and s.kind in " + in
        + " group by p.sex", rs -> {
          bySex.merge(rs.getString("sex"), rs.getLong("completed"), Long::sum);
        }, args(Status.COMPLETED, kinds));
    return indicator(key, name, bySex, inProgress);
  }

  // ------------------------------------------------------------------ people (each once)

  List<Indicator> people() {
    return List.of(
        person(PARTICIPANTS, "Uczestnicy ogółem", null, null),
        person(STUDENTS, "Uczniowie", ParticipantType.STUDENT, null),
        person(STUDENTS_TECHNIKUM, "Uczniowie techników", ParticipantType.STUDENT, SchoolType.TECHNIKUM),
        person(STUDENTS_BRANZOWA, "Uczniowie szkół branżowych I stopnia", ParticipantType.STUDENT,
            SchoolType.BRANZOWA_I),
        person(STUDENTS_SPECIAL, "Uczniowie szkół specjalnych", ParticipantType.STUDENT, SchoolType.SPECJALNA),
        person(TEACHERS, "Nauczyciele", ParticipantType.TEACHER, null),
        person(INSTRUCTORS, "Instruktorzy praktycznej nauki zawodu / opiekunowie stażystów",
            ParticipantType.INSTRUCTOR, null));
  }

  /** People of a type (null: every type) and of a type of school (null: any school or none). */
  private Indicator person(String key, String name, ParticipantType type, SchoolType schoolType) {
    List<Object> args = new ArrayList<>();
    StringBuilder from = new StringBuilder(" from vet_report_participant p where 1 = 1");
    if (type != null) {
      from.append(" and p.participant_type = ?");
      args.add(type.name());
    }
    if (schoolType != null) {
      from.append(" and p.school_type = ?");
      args.add(schoolType.name());
    }
    List<Object> completedArgs = new ArrayList<>(args);
    completedArgs.add(Status.COMPLETED.name());
    Map<String, Long> bySex = bySex();
    jdbc.query("select p.sex, count(*) as completed" + from + " and exists (select 1 from vet_report_support s"
        + " where s.participant_id = p.id and s.status = ?) group by p.sex", rs -> {
          bySex.merge(rs.getString("sex"), rs.getLong("completed"), Long::sum);
        }, completedArgs.toArray());
    long completed = bySex.values().stream().mapToLong(Long::longValue).sum();
    long registered = count("select count(*)" + from, args.toArray());
    return indicator(key, name, bySex, registered - completed);
  }

  /** Target and percent of the completed ones; no target set: both null ("cel nieustalony"). */
  private Indicator indicator(String key, String name, Map<String, Long> completedBySex, long inProgress) {
    long completed = completedBySex.values().stream().mapToLong(Long::longValue).sum();
    Integer target = GroupActivityIndicator.keys().contains(key) ? targets.targetIfSet(key).orElse(null)
        : Integer.valueOf(targets.target(key));
    BigDecimal percent = target == null ? null
        : BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
    return new Indicator(key, name, target, target != null, completed, completedBySex, inProgress, percent);
  }

  private static Map<String, Long> bySex() {
    return new TreeMap<>(Map.of("K", 0L, "M", 0L));
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
    jdbc.query("select sex, birth_date, first_support_date, participant_type from vet_report_participant", rs -> {
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
    for (EngineFigures.OpenStep open : engine.openStepsByRootVariable(CaseVariables.SCHOOL_ID)) {
      if (open.schoolId() == null) {
        continue; // a regional event (a job fair planned by the office) belongs to no school
      }
      stages.computeIfAbsent(open.schoolId(), k -> new TreeMap<>()).put(open.step(), open.cases());
    }
    Map<String, Long> internships = countBySchool(STUDENT_INTERNSHIP_KINDS, TEACHER_INTERNSHIP_KINDS);
    Map<String, Long> courses = countBySchool(COURSE_KINDS);
    Map<GroupActivityIndicator, Map<String, Long>> groupActivities = new LinkedHashMap<>();
    for (GroupActivityIndicator group : GroupActivityIndicator.values()) {
      groupActivities.put(group, completedBySchool(List.of(group.kind())));
    }
    List<SchoolFigures> result = new ArrayList<>();
    for (School school : organisations.schools()) {
      BigDecimal budget = budgets.budget(school.id());
      BigDecimal left = budgets.remaining(school.id(), -1);
      Map<String, Long> completedGroupActivities = new LinkedHashMap<>();
      groupActivities.forEach((group, bySchool) -> completedGroupActivities.put(group.key(),
          bySchool.getOrDefault(school.id(), 0L)));
      result.add(new SchoolFigures(school.id(), school.name(), school.type().polishName(),
          stages.getOrDefault(school.id(), Collections.emptyMap()), internships.getOrDefault(school.id(), 0L),
          courses.getOrDefault(school.id(), 0L), completedGroupActivities, budget, budget.subtract(left), left));
    }
    return result;
  }

  @SafeVarargs
  private Map<String, Long> countBySchool(List<Kind>... kindLists) {
    List<String> kinds = new ArrayList<>();
    for (List<Kind> list : kindLists) {
      kinds.addAll(names(list));
    }
    return completedBySchool(kinds);
  }

  /** Completed forms of support of these kinds (by name) by the participant's school. */
  private Map<String, Long> completedBySchool(List<String> kinds) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query("select school_id, count(*) as completed from vet_report_support"
        + " where status = ? and school_id is not null and kind in (" + placeholders(kinds.size())
        + ") group by school_id",
        rs -> {
          counts.put(rs.getString("school_id"), rs.getLong("completed"));
        }, args(Status.COMPLETED, kinds));
    return counts;
  }

  // ------------------------------------------------------------------ bottlenecks

  Bottlenecks bottlenecks(Instant now) {
    List<StepBacklog> steps = engine.openTasksByStep(now).stream()
        .map(s -> new StepBacklog(s.processKey(), s.processName(), s.taskKey(), s.taskName(), s.openTasks(),
            s.overdue(), Duration.between(s.oldestCreated(), now).toHours()))
        .toList();
    List<OverdueByGroup> overdue = engine.overdueTasksByCandidateGroup(now).stream()
        .map(g -> new OverdueByGroup(g.groupId(), g.groupName(), g.groupType(), g.overdue()))
        .toList();
    String failedStatus = OutboxMessage.Status.FAILED.name();
    long failed = count("select count(*) from vet_report_mail where status = ?", failedStatus);
    List<FailedEmail> latest = jdbc.query("select id, business_key, subject, created_at, last_error"
            + " from vet_report_mail where status = ? order by created_at desc, id desc",
        rs -> {
          List<FailedEmail> rows = new ArrayList<>();
          while (rs.next() && rows.size() < LATEST_FAILED_EMAILS) {
            rows.add(new FailedEmail(rs.getLong("id"), rs.getString("business_key"), rs.getString("subject"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("last_error")));
          }
          return rows;
        }, failedStatus);
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

  /** The status's name, then the kinds' names: the arguments of {@code status = ? and kind in (...)}. */
  private static Object[] args(Status status, List<String> kinds) {
    List<Object> args = new ArrayList<>();
    args.add(status.name());
    args.addAll(kinds);
    return args.toArray();
  }

  private static List<String> names(List<Kind> kinds) {
    return kinds.stream().map(Kind::name).toList();
  }
}
