package pl.vetworkflow.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.document.RequiredDocuments;
import pl.vetworkflow.monitoring.ParticipantDataVariables;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.procurement.ProcurementForms;
import pl.vetworkflow.testsupport.Scans;
import pl.vetworkflow.validation.JsonRows;

/**
 * The whole programme's workload as its users drive it: 900 student internships, 140 teacher
 * internships, 40 courses with 660 seats and 100 equipment procurements (at {@code scale} 1.0), in a
 * fixed interleaved order, over the demo organisations.
 *
 * <p>People: 1,000 students (0-899 of school 1 do the internships, because only school 1 has a demo
 * teacher to approve their programme; 900-999 belong to school 2), 150 teachers (even of the first 140
 * at school 1, odd at school 2; 140-149 of school 2 take the teacher course) and 50 PNZ instructors,
 * each with one PESEL and one name: course seats reuse students 400-999 (500 of them also had an
 * internship), so the registry holds each person once. Employers 1 and 2 alternate; every tenth
 * internship names no employer and the coordinator chooses one. Procurements alternate schools 1
 * and 2, 1,200-1,900 PLN net each (50 per school stay within the default budget of 100,000 PLN).
 * PNZ courses buy their provider through the supplier selection; school courses name an existing contract,
 * because a course bought through the selection is charged to the school's equipment budget.
 *
 * <p>{@link #finish} is state-driven: it reads the case's open tasks (called processes included: they
 * carry the case's business key), completes each as the user who does it in Tasklist (authenticated with
 * their groups) with valid form data derived from the case's variables, and when only waiting tasks
 * remain (the running internship, the enrolment changes) fires the case's next timer (planned end,
 * course start and end, offer deadline) with the engine clock set to its due time. A task or job that
 * vanished meanwhile (another node, the job executor) only makes it look again, and so does a timer that is
 * gone when the case's timers are read after its tasks (a job executor fired it in between: see
 * {@link #finish}). The engine clock is the JVM-wide {@link ClockUtil}: one driving thread per JVM, and each
 * node's job executor fires the timers that are due on its own node's clock.
 */
final class ProgrammeWorkload implements Workload {
  /** The kinds of case; {@code PARTICIPANT_DATA}: the monitoring-data cases (DU) the others open for their people. */
  enum Kind { STUDENT_INTERNSHIP, TEACHER_INTERNSHIP, COURSE, PROCUREMENT, PARTICIPANT_DATA }

  static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
  /** Every case is submitted on this day (the engine clock is set to it before the start). */
  static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 2);
  static final LocalDate STUDENT_START = LocalDate.of(2026, 4, 1);
  static final LocalDate STUDENT_END = LocalDate.of(2026, 5, 29);
  static final LocalDate TEACHER_START = LocalDate.of(2026, 4, 13);
  static final LocalDate TEACHER_END = LocalDate.of(2026, 4, 17);
  static final LocalDate COURSE_FIRST_START = LocalDate.of(2026, 4, 13);

  static final String STUDENT_KEY = "student-internship";
  static final String TEACHER_KEY = "teacher-internship";
  static final String COURSE_KEY = "course";
  static final String PROCUREMENT_KEY = "equipment-procurement";

  /** The timers of the models (all of them move a case on: reminders are the reminder job's, not timers). */
  static final List<String> PROGRESS_TIMERS = List.of("plannedEndReached", "courseStarts", "courseEnded",
      "offerDeadlineReached");
  /** Tasks that wait for a timer: completing them would change the outcome (dropout) or repeat. */
  static final List<String> WAITING_TASKS = List.of("internshipRunning", "changeEnrolment");

  private static final String[] FEMALE = {"Anna", "Maria", "Katarzyna", "Julia", "Zuzanna", "Natalia", "Aleksandra",
      "Wiktoria", "Magdalena", "Karolina", "Ewa", "Monika", "Agnieszka"};
  private static final String[] MALE = {"Jan", "Piotr", "Jakub", "Kacper", "Szymon", "Michał", "Filip", "Bartosz",
      "Mateusz", "Tomasz", "Marek", "Paweł", "Krzysztof"};
  private static final String[] LAST = {"Nowak", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
      "Szymański", "Woźniak", "Dąbrowski", "Mazur", "Krawczyk", "Lis", "Dudek", "Pawlak", "Wieczorek", "Król",
      "Wróbel", "Jabłoński", "Majewski", "Olszewski", "Stępień", "Malinowski", "Adamczyk", "Sikora"};
  private static final String[] CATEGORIES = {"IT_EQUIPMENT", "SOFTWARE", "MACHINE_TOOLS", "ELECTRICAL", "AUTOMOTIVE",
      "CATERING", "CONSTRUCTION", "WORKSHOP_FURNITURE", "TEACHING_AIDS", "OTHER"};
  private static final Pattern GROUP_NUMBER = Pattern.compile("grupa (\\d+)$");

  record Person(String pesel, String firstName, String lastName, boolean female) {
    /** The person's row of the enrolment list. */
    Map<String, Object> row() {
      return Map.of("pesel", pesel, "firstName", firstName, "lastName", lastName, "noticeAcknowledged", true);
    }
  }

  /** One case of the workload: what it is and which index of its kind. */
  record Case(Kind kind, int index) {}

  /** One course of the programme: kind, school (null for PNZ), seats and who takes them. */
  record Course(String kind, String schoolId, List<Person> participants, LocalDate start) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final RepositoryService repository;
  private final HistoryService history;
  private final Attachments attachments;
  private final JdbcTemplate jdbc;
  private final Map<String, List<DocumentKind>> requiredScans = new ConcurrentHashMap<>();
  private final int variant;
  private final List<Case> cases;
  private final List<Person> students = new ArrayList<>();
  private final List<Person> teachers = new ArrayList<>();
  private final List<Person> instructors = new ArrayList<>();
  private final List<Course> courses = new ArrayList<>();
  private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
  private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();
  private final Map<String, String> timerActivities = new ConcurrentHashMap<>();
  private final AtomicInteger completions = new AtomicInteger();
  private final AtomicInteger timersFired = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger timersFiredMeanwhile = new AtomicInteger();
  private final Map<Kind, AtomicInteger> completionsByKind = new EnumMap<>(Kind.class);
  private final Map<Long, String> participantTypes = new ConcurrentHashMap<>();
  private final AtomicLong participantDataNanos = new AtomicLong();

  /** The full programme, or a share of it: system property {@code bench.replay.scale} (default 1.0). */
  ProgrammeWorkload(ConfigurableApplicationContext app) {
    this(app, Double.parseDouble(System.getProperty("bench.replay.scale", "1.0")), 0);
  }

  /**
   * @param scale share of each kind of case (1.0 = the programme: 900 + 140 + 40 + 100)
   * @param variant 0 for the programme's people; another number gives other people (other PESELs), e.g.
   *     for a warm-up in the same database
   */
  ProgrammeWorkload(ConfigurableApplicationContext app, double scale, int variant) {
    this.runtime = app.getBean(RuntimeService.class);
    this.tasks = app.getBean(TaskService.class);
    this.identity = app.getBean(IdentityService.class);
    this.management = app.getBean(ManagementService.class);
    this.repository = app.getBean(RepositoryService.class);
    this.history = app.getBean(HistoryService.class);
    this.attachments = app.getBean(Attachments.class);
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.variant = variant;
    for (Kind kind : Kind.values()) {
      completionsByKind.put(kind, new AtomicInteger());
    }
    people();
    programmeCourses();
    List<Case> all = new ArrayList<>();
    add(all, Kind.STUDENT_INTERNSHIP, 900, scale);
    add(all, Kind.TEACHER_INTERNSHIP, 140, scale);
    add(all, Kind.COURSE, courses.size(), scale);
    add(all, Kind.PROCUREMENT, 100, scale);
    Collections.shuffle(all, new Random(20260302L + variant));
    this.cases = List.copyOf(all);
  }

  private static void add(List<Case> all, Kind kind, int programme, double scale) {
    int n = (int) Math.min(programme, Math.round(programme * scale));
    for (int i = 0; i < n; i++) {
      all.add(new Case(kind, i));
    }
  }

  // ------------------------------------------------------------------------------ people and courses

  private void people() {
    for (int i = 0; i < 1000; i++) {
      students.add(person(LocalDate.of(2006, 1, 1).plusDays(i % 360), i / 360, i));
    }
    for (int i = 0; i < 150; i++) {
      teachers.add(person(LocalDate.of(1972, 1, 10).plusDays(i * 53L), 3, i + 7));
    }
    for (int i = 0; i < 50; i++) {
      instructors.add(person(LocalDate.of(1968, 2, 3).plusDays(i * 97L), 4, i + 3));
    }
  }

  private Person person(LocalDate birth, int serialBase, int i) {
    boolean female = i % 2 == 0;
    int serial = ((serialBase + 10 * variant) % 1000) * 10 + (female ? 2 * (i % 5) : 2 * (i % 5) + 1);
    String first = female ? FEMALE[(i / 2) % FEMALE.length] : MALE[(i / 2) % MALE.length];
    String last = LAST[(i * 7 + i / LAST.length) % LAST.length];
    return new Person(Pesel.of(birth, serial).value(), first, last, female);
  }

  /** 36 student courses (600 seats), 1 teacher course (10), 3 PNZ courses (50): 40 courses, 660 seats. */
  private void programmeCourses() {
    int next = 400;
    for (int c = 0; c < 30; c++) { // school 1: students 400-899
      int seats = c < 20 ? 17 : 16;
      courses.add(new Course(c % 2 == 0 ? "STUDENT_QUALIFICATION_COURSE" : "STUDENT_COMPETENCE_COURSE", "1",
          students.subList(next, next + seats), COURSE_FIRST_START.plusWeeks(c % 6)));
      next += seats;
    }
    for (int c = 0; c < 6; c++) { // school 2: students 900-999
      int seats = c < 4 ? 17 : 16;
      courses.add(new Course(c % 2 == 0 ? "STUDENT_COMPETENCE_COURSE" : "STUDENT_QUALIFICATION_COURSE", "2",
          students.subList(next, next + seats), COURSE_FIRST_START.plusWeeks(c % 6)));
      next += seats;
    }
    courses.add(new Course("TEACHER_COURSE", "2", teachers.subList(140, 150), COURSE_FIRST_START.plusWeeks(2)));
    courses.add(new Course("PNZ_INSTRUCTOR_COURSE", null, instructors.subList(0, 17), COURSE_FIRST_START));
    courses.add(new Course("PNZ_INSTRUCTOR_COURSE", null, instructors.subList(17, 34), COURSE_FIRST_START.plusWeeks(3)));
    courses.add(new Course("PNZ_INSTRUCTOR_COURSE", null, instructors.subList(34, 50), COURSE_FIRST_START.plusWeeks(5)));
    // the programme's order of courses is mixed, not school by school
    Collections.shuffle(courses, new Random(40));
  }

  static String teacherSchool(int teacher) {
    return teacher >= 140 || teacher % 2 == 1 ? "2" : "1";
  }

  // ------------------------------------------------------------------------------ Workload

  @Override
  public int size() {
    return cases.size();
  }

  Case caseAt(int i) {
    return cases.get(i);
  }

  @Override
  public String start(int i) {
    Case c = cases.get(i);
    clock(SUBMITTED);
    ProcessInstance pi = switch (c.kind()) {
      case STUDENT_INTERNSHIP -> as("school1", () -> runtime.startProcessInstanceByKey(STUDENT_KEY,
          studentApplication(c.index())));
      case TEACHER_INTERNSHIP -> as("school" + teacherSchool(c.index()), () -> runtime.startProcessInstanceByKey(
          TEACHER_KEY, teacherApplication(c.index())));
      case COURSE -> {
        Course course = courses.get(c.index());
        yield as(course.schoolId() == null ? "coordinator" : "school" + course.schoolId(),
            () -> runtime.startProcessInstanceByKey(COURSE_KEY, courseRequest(c.index())));
      }
      case PROCUREMENT -> as("school" + (1 + c.index() % 2), () -> runtime.startProcessInstanceByKey(PROCUREMENT_KEY,
          procurementRequest(c.index())));
      case PARTICIPANT_DATA -> throw new IllegalStateException("monitoring-data cases start by themselves");
    };
    return pi.getId();
  }

  @Override
  public void finish(String processInstanceId) {
    String businessKey = businessKey(processInstanceId);
    for (int step = 0; step < 1000; step++) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
      Task next = open.stream().filter(t -> !WAITING_TASKS.contains(t.getTaskDefinitionKey()))
          .min(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId)).orElse(null);
      if (next != null) {
        try {
          complete(next, businessKey);
        } catch (RuntimeException e) {
          if (tasks.createTaskQuery().taskId(next.getId()).count() > 0 && !isConcurrencyFailure(e)) {
            throw e;
          }
          retries.incrementAndGet(); // done by someone else meanwhile: look again
        }
        continue;
      }
      List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .list();
      if (instances.isEmpty()) {
        finishParticipantData();
        return;
      }
      Job timer = nextTimer(instances);
      if (timer == null) {
        // The tasks were read before the timers: a job executor may have fired the timer in between and the case
        // moved on. This node's executor, when it locked the timer just as executeJob ran (executeJob then fails
        // with an optimistic locking exception, the timer still there) and committed after the tasks were read;
        // or another node's, whose engine clock is past the due date. Its job and the case's new state are
        // committed together, so a second look shows the new state: the case is stuck only if nothing moved.
        List<Task> tasksNow = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
        List<ProcessInstance> instancesNow = runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey).list();
        if (!ids(tasksNow).equals(ids(open)) || !instanceIds(instancesNow).equals(instanceIds(instances))
            || nextTimer(instancesNow) != null) {
          timersFiredMeanwhile.incrementAndGet();
          continue;
        }
        throw new IllegalStateException("case " + businessKey + " is stuck: open tasks "
            + open.stream().map(Task::getTaskDefinitionKey).toList() + ", no timer to fire");
      }
      Date due = timer.getDuedate();
      if (due != null) {
        ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000L));
      }
      try {
        management.executeJob(timer.getId());
        timersFired.incrementAndGet();
      } catch (RuntimeException e) {
        if (management.createJobQuery().jobId(timer.getId()).count() > 0 && !isConcurrencyFailure(e)) {
          throw e;
        }
        retries.incrementAndGet(); // the job executor or another node ran it: look again
      }
    }
    throw new IllegalStateException("case " + businessKey + " did not end in 1000 steps");
  }

  @Override
  public int completions() {
    return completions.get();
  }

  Map<Kind, Integer> completionsByKind() {
    Map<Kind, Integer> result = new EnumMap<>(Kind.class);
    completionsByKind.forEach((k, v) -> result.put(k, v.get()));
    return result;
  }

  Map<Kind, Long> casesByKind() {
    return cases.stream().collect(Collectors.groupingBy(Case::kind, () -> new EnumMap<>(Kind.class),
        Collectors.counting()));
  }

  int seats() {
    return cases.stream().filter(c -> c.kind() == Kind.COURSE).mapToInt(c -> courses.get(c.index()).participants()
        .size()).sum();
  }

  int timersFired() {
    return timersFired.get();
  }

  int retries() {
    return retries.get();
  }

  @Override
  public int timersFiredMeanwhile() {
    return timersFiredMeanwhile.get();
  }

  private static java.util.Set<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).collect(Collectors.toSet());
  }

  private static java.util.Set<String> instanceIds(List<ProcessInstance> instances) {
    return instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  private static boolean isConcurrencyFailure(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.OptimisticLockingException
          || t instanceof org.camunda.bpm.engine.exception.NullValueException
          || t instanceof org.camunda.bpm.engine.exception.NotFoundException) {
        return true;
      }
    }
    return false;
  }

  private String businessKey(String processInstanceId) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (pi != null) {
      return pi.getBusinessKey();
    }
    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    if (done == null) {
      throw new IllegalArgumentException("no process instance " + processInstanceId);
    }
    return done.getBusinessKey();
  }

  /** The earliest timer of the case (or its called process) that moves it on. */
  private Job nextTimer(List<ProcessInstance> instances) {
    Job best = null;
    for (ProcessInstance instance : instances) {
      for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
        String activity = timerActivities.computeIfAbsent(job.getJobDefinitionId(), id -> {
          JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
          return definition == null ? "" : definition.getActivityId();
        });
        if (PROGRESS_TIMERS.contains(activity) && (best == null || job.getDuedate().before(best.getDuedate()))) {
          best = job;
        }
      }
    }
    return best;
  }

  // ------------------------------------------------------------------------------ tasks

  /** The kind of case by its number's prefix (SU, SN, KU, ZS); called processes carry the same number. */
  static Kind kindOf(String businessKey) {
    return switch (businessKey.substring(0, 2)) {
      case "SU" -> Kind.STUDENT_INTERNSHIP;
      case "SN" -> Kind.TEACHER_INTERNSHIP;
      case "KU" -> Kind.COURSE;
      case "ZS" -> Kind.PROCUREMENT;
      default -> throw new IllegalArgumentException("unknown case number " + businessKey);
    };
  }

  /**
   * The monitoring-data tasks the case opened (entry data at a person's first support, the situation on
   * leaving after the last), as the person's school coordinator (the office for people without a
   * school) fills them in: a case's people are done with when the case is. Another node may have done
   * one meanwhile.
   */
  private void finishParticipantData() {
    long t0 = System.nanoTime();
    try {
      finishOpenParticipantData();
    } finally {
      participantDataNanos.addAndGet(System.nanoTime() - t0);
    }
  }

  /** Seconds spent on the monitoring-data tasks so far (within {@link #finish} of the other kinds). */
  double participantDataSeconds() {
    return participantDataNanos.get() / 1e9;
  }

  private void finishOpenParticipantData() {
    for (Task task : tasks.createTaskQuery().processDefinitionKey(ParticipantDataVariables.PROCESS_KEY).list()) {
      try {
        fillIn(task);
      } catch (RuntimeException e) {
        // the other node filled it in since the query (its case may have ended, execution and all)
        if (tasks.createTaskQuery().taskId(task.getId()).count() > 0 && !isConcurrencyFailure(e)) {
          throw e;
        }
        retries.incrementAndGet();
        continue;
      }
      completions.incrementAndGet();
      completionsByKind.get(Kind.PARTICIPANT_DATA).incrementAndGet();
    }
  }

  /** Completes one monitoring-data task as its school (the office for a person without one). */
  private void fillIn(Task task) {
    Map<String, Object> v = runtime.getVariables(task.getExecutionId());
    Object school = v.get(ParticipantDataVariables.SCHOOL_ID);
    String user = school == null ? "coordinator" : "school" + school;
    boolean pupil = participantTypes.computeIfAbsent((Long) v.get(ParticipantDataVariables.PARTICIPANT_ID),
        id -> jdbc.queryForObject("select participant_type from vet_participant where id = ?", String.class, id))
        .equals("STUDENT");
    Map<String, Object> form = new HashMap<>();
    if (task.getTaskDefinitionKey().equals("enterExitData")) {
      form.put(ParticipantDataVariables.EXIT_SITUATION, pupil ? "CONTINUES_EDUCATION" : "EMPLOYED");
    } else {
      form.put(ParticipantDataVariables.CITIZENSHIP, "PL");
      form.put(ParticipantDataVariables.COUNTRY, "Polska");
      form.put(ParticipantDataVariables.VOIVODESHIP, "opolskie");
      form.put(ParticipantDataVariables.COUNTY, "opolski");
      form.put(ParticipantDataVariables.COMMUNE, "Opole");
      form.put(ParticipantDataVariables.TOWN, "Opole");
      form.put(ParticipantDataVariables.POSTAL_CODE, "45-001");
      form.put(ParticipantDataVariables.DEGURBA, "2");
      form.put(ParticipantDataVariables.PHONE, null);
      form.put(ParticipantDataVariables.EMAIL, "");
      form.put(ParticipantDataVariables.EDUCATION_LEVEL, pupil ? "ISCED2" : "ISCED5-8");
      form.put(ParticipantDataVariables.LABOUR_STATUS, pupil ? "INACTIVE_STUDYING" : "EMPLOYED");
      for (String question : List.of(ParticipantDataVariables.FOREIGN_ORIGIN,
          ParticipantDataVariables.THIRD_COUNTRY_CITIZEN, ParticipantDataVariables.MINORITY,
          ParticipantDataVariables.HOMELESS, ParticipantDataVariables.DISABILITY)) {
        form.put(question, "NIE");
      }
    }
    as(user, () -> {
      tasks.complete(task.getId(), form);
      return null;
    });
  }

  private void complete(Task task, String businessKey) {
    String process = definitionKeys.computeIfAbsent(task.getProcessDefinitionId(),
        id -> repository.getProcessDefinition(id).getKey());
    Map<String, Object> v = runtime.getVariables(task.getExecutionId());
    String key = task.getTaskDefinitionKey();
    String user;
    Map<String, Object> form;
    switch (process) {
      case STUDENT_KEY, TEACHER_KEY, "employer-placement" -> {
        user = internshipUser(key, v);
        clock(internshipDay(key, v)); // first: the form's dates are "today" of the case, whoever ran it before
        form = internshipForm(process, key, v, businessKey);
      }
      case COURSE_KEY -> {
        user = courseUser(key, v);
        clock(courseDay(key, v));
        form = courseForm(key, v, businessKey);
      }
      case PROCUREMENT_KEY -> {
        user = switch (key) {
          case "reviewRequest", "fileComplaint" -> "coordinator";
          case "recordInvoice" -> "accountant";
          default -> "school" + v.get("schoolId");
        };
        clock(procurementDay(key, v));
        form = procurementForm(key, v);
      }
      case "supplier-selection" -> {
        user = "coordinator";
        clock(selectionDay(key, v));
        form = selectionForm(key, v);
      }
      default -> throw new IllegalStateException("unknown process " + process + " of task " + key);
    }
    for (DocumentKind kind : requiredScans(task)) {
      // as the user does on the task's "Dokumenty" tab before completing it
      Scans.attach(attachments, tasks, history, task.getId(), kind, user);
    }
    as(user, () -> {
      tasks.complete(task.getId(), form);
      return null;
    });
    completions.incrementAndGet();
    completionsByKind.get(kindOf(businessKey)).incrementAndGet();
  }

  /** The scans the task's step requires ({@code vet.requiresDocument} of its user task in the model). */
  private List<DocumentKind> requiredScans(Task task) {
    return requiredScans.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> {
      UserTask userTask = repository.getBpmnModelInstance(task.getProcessDefinitionId())
          .getModelElementById(task.getTaskDefinitionKey());
      CamundaProperties properties = userTask == null || userTask.getExtensionElements() == null ? null
          : userTask.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
              .findFirst().orElse(null);
      String required = properties == null ? null : properties.getCamundaProperties().stream()
          .filter(p -> RequiredDocuments.PROPERTY.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
          .findFirst().orElse(null);
      return RequiredDocuments.kinds(required);
    });
  }

  private static String internshipUser(String key, Map<String, Object> v) {
    return switch (key) {
      case "reviewApplication", "selectEmployer", "prepareAgreement", "decideShortfall", "issueCertificate",
          "issueConfirmation" -> "coordinator";
      case "approveProgramme", "approveReport" -> "teacher" + v.get("schoolId");
      case "confirmPlacement", "recordEmployerSignature", "confirmAttendance" -> "employer" + v.get("employerId");
      case "payStipend" -> "accountant";
      default -> "school" + v.get("schoolId"); // signatures, rejection notice, corrections
    };
  }

  private static LocalDate internshipDay(String key, Map<String, Object> v) {
    return switch (key) {
      case "confirmAttendance", "decideShortfall", "approveReport", "issueCertificate", "issueConfirmation",
          "payStipend" -> LocalDate.parse((String) v.get("plannedEndDate")).plusDays(3);
      default -> SUBMITTED;
    };
  }

  private Map<String, Object> internshipForm(String process, String key, Map<String, Object> v,
      String businessKey) {
    LocalDate today = today();
    Map<String, Object> f = new LinkedHashMap<>();
    switch (key) {
      case "reviewApplication" -> f.put("reviewDecision", "APPROVE");
      case "notifyRejection" -> f.put("rejectionAcknowledged", true);
      case "selectEmployer" -> {
        f.put("employerSelection", "EMPLOYER");
        f.put("employerId", String.valueOf(1 + Math.abs(businessKey.hashCode()) % 2));
      }
      case "confirmPlacement" -> {
        f.put("placementDecision", "CONFIRM");
        f.put("tutorName", "Adam Nowak");
        f.put("tutorEmail", "a.nowak@firma.example.pl");
        f.put("workplace", "Hala B, dział obróbki");
      }
      case "approveProgramme" -> f.put("programmeApproved", true);
      case "prepareAgreement" -> {
        f.put("agreementNumber", "UM/" + businessKey);
        f.put("agreementDate", today.toString());
      }
      case "recordParticipantSignature" -> {
        f.put("participantSignedBy", Boolean.TRUE.equals(v.get("studentMinor")) ? "GUARDIAN" : "STUDENT");
        f.put("participantSignatureDate", today.toString());
      }
      case "recordTeacherSignature" -> f.put("teacherSignatureDate", today.toString());
      case "recordEmployerSignature" -> {
        f.put("employerSignatoryName", "Prezes zarządu");
        f.put("employerSignatureDate", today.toString());
      }
      case "confirmAttendance" -> {
        f.put("actualStartDate", v.get("plannedStartDate"));
        f.put("actualEndDate", v.get("plannedEndDate"));
        f.put("actualHours", ((Number) v.get("plannedHours")).longValue());
        if (process.equals(STUDENT_KEY)) {
          f.put("evaluationGrade", "5");
          f.put("evaluationText", "Sumienny, samodzielny, dobrze współpracuje z zespołem.");
        } else {
          f.put("tasksPerformed", "Programowanie obrabiarek CNC, kontrola jakości, dokumentacja technologiczna.");
        }
      }
      case "decideShortfall" -> {
        f.put("shortfallDecision", "ACCEPT_PARTIAL");
        f.put("shortfallReason", "Nieobecność usprawiedliwiona.");
      }
      case "approveReport" -> f.put("reportApproved", true);
      case "issueCertificate", "issueConfirmation" -> {
        f.put("certificateNumber", "ZAS/" + businessKey);
        f.put("certificateDate", today.toString());
      }
      case "payStipend" -> {
        f.put("stipendPaidDate", today.toString());
        f.put("tutorCompensationPaidDate", today.toString());
      }
      default -> throw new IllegalStateException("the replay does not do task " + key + " of " + process);
    }
    return f;
  }

  private static String courseUser(String key, Map<String, Object> v) {
    return switch (key) {
      case "reviewCourseRequest", "enterKuratorApproval", "confirmCourseResults" -> "coordinator";
      default -> { // the requester's tasks
        String group = (String) v.get("requesterGroup");
        yield group.startsWith("school-") ? "school" + group.substring("school-".length()) : "coordinator";
      }
    };
  }

  private static LocalDate courseDay(String key, Map<String, Object> v) {
    return switch (key) {
      case "recordCourseResults", "confirmCourseResults" -> LocalDate.parse((String) v.get("plannedEndDate")).plusDays(2);
      case "enterKuratorApproval", "enrolParticipants" -> v.get("contractDate") instanceof String d
          ? LocalDate.parse(d) : SUBMITTED;
      default -> SUBMITTED;
    };
  }

  private Map<String, Object> courseForm(String key, Map<String, Object> v, String businessKey) {
    LocalDate today = today();
    int index = courseIndex(v);
    Map<String, Object> f = new LinkedHashMap<>();
    switch (key) {
      case "reviewCourseRequest" -> {
        f.put("reviewDecision", "APPROVE");
        if (Boolean.TRUE.equals(v.get("targetExceeded"))) {
          f.put("targetOverride", true);
          f.put("targetOverrideReason", "Zastąpienie rezygnacji z wcześniejszych kursów.");
        }
        // PNZ courses buy their provider; school courses use a framework contract: a course bought through
        // the supplier selection is charged to the school's equipment budget (see ProcurementOrders)
        if (!(v.get("schoolId") instanceof String school) || school.isBlank()) {
          f.put("providerSource", "PROCUREMENT");
        } else {
          f.put("providerSource", "EXISTING_CONTRACT");
          f.put("providerName", "Centrum Kształcenia Zawodowego w Opolu");
          f.put("contractNumber", "UM/2026/KU/" + (index + 1));
        }
      }
      case "notifyCourseRejection" -> f.put("rejectionAcknowledged", true);
      case "enterKuratorApproval" -> {
        f.put("kuratorDecision", "APPROVED");
        f.put("kuratorApprovalNumber", "OKO-IV.5563." + (index + 1) + ".2026");
        f.put("kuratorApprovalDate", today.toString());
        f.put("programmeHours", ((Number) v.get("plannedHours")).longValue());
      }
      case "enrolParticipants" -> f.put("participants", courses.get(index).participants().stream()
          .map(Person::row).toList());
      case "recordCourseResults" -> {
        boolean exam = "STUDENT_QUALIFICATION_COURSE".equals(v.get("courseKind"));
        LocalDate end = LocalDate.parse((String) v.get("plannedEndDate"));
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> prefilled : JsonRows.of(v.get("courseResults"))) {
          Map<String, Object> row = new LinkedHashMap<>(prefilled);
          row.put("attendance", 100.0);
          if (exam) {
            row.put("exam", "PASSED");
          }
          row.put("certificateNumber", businessKey + "/" + ++n);
          row.put("certificateDate", end.toString());
          rows.add(row);
        }
        f.put("courseResults", rows);
      }
      case "confirmCourseResults" -> f.put("resultsDecision", "CONFIRM");
      default -> throw new IllegalStateException("the replay does not do task " + key + " of the course");
    }
    return f;
  }

  private static int courseIndex(Map<String, Object> v) {
    Matcher m = GROUP_NUMBER.matcher((String) v.get("courseTopic"));
    if (!m.find()) {
      throw new IllegalStateException("course topic without its group number: " + v.get("courseTopic"));
    }
    return Integer.parseInt(m.group(1)) - 1;
  }

  private static LocalDate procurementDay(String key, Map<String, Object> v) {
    return switch (key) {
      case "confirmDelivery", "fileComplaint", "confirmRemedy", "recordAssets", "recordInvoice" ->
          LocalDate.parse((String) v.get("deliveryDeadline"));
      default -> SUBMITTED;
    };
  }

  private Map<String, Object> procurementForm(String key, Map<String, Object> v) {
    LocalDate today = today();
    Map<String, Object> f = new LinkedHashMap<>();
    switch (key) {
      case "reviewRequest" -> f.put("reviewDecision", "APPROVE");
      case "acknowledgeClosure" -> f.put("closureAcknowledged", true);
      case "confirmDelivery" -> {
        f.put("deliveryDate", today.toString());
        f.put("protocolNumber", "PO/" + v.get("procurementOrderId") + "/" + today.getYear());
        f.put("protocolDate", today.toString());
        f.put("acceptanceResult", "FULL");
      }
      case "recordAssets" -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> piece : JsonRows.of(v.get("inventoryNumbers"))) {
          Map<String, Object> row = new LinkedHashMap<>(piece);
          row.put("inventoryNumber", "ST-" + v.get("procurementOrderId") + "-" + String.format("%03d", ++n));
          rows.add(row);
        }
        f.put("inventoryNumbers", rows);
        f.put("assetRegisterDate", today.toString());
      }
      case "recordInvoice" -> {
        f.put("invoiceNumber", "FV/" + today.getYear() + "/" + v.get("procurementOrderId"));
        f.put("invoiceDate", today.toString());
        f.put("invoiceNetAmount", v.get("contractNetValue"));
        f.put("invoiceGrossAmount", v.get("contractGrossValue"));
        f.put("paymentDate", today.toString());
      }
      default -> throw new IllegalStateException("the replay does not do task " + key + " of the procurement");
    }
    return f;
  }

  private static LocalDate selectionDay(String key, Map<String, Object> v) {
    if (key.equals("recordEnquiry")) {
      return v.get("procedureDate") instanceof String d && LocalDate.parse(d).isAfter(SUBMITTED) ? LocalDate.parse(d)
          : SUBMITTED;
    }
    return LocalDate.parse((String) v.get("offerDeadline")).plusDays(1);
  }

  private Map<String, Object> selectionForm(String key, Map<String, Object> v) {
    LocalDate today = today();
    Map<String, Object> f = new LinkedHashMap<>();
    switch (key) {
      case "recordEnquiry" -> {
        if (Boolean.TRUE.equals(v.get("publicationRequired"))) {
          f.put("enquiryPublicationNumber", "2026-BK-" + v.get("procurementOrderId"));
        }
        f.put("suppliersInvited", "Dostawca A, Dostawca B, Dostawca C");
        f.put("enquiryDate", today.toString());
        long minDays = v.get("minOfferDays") instanceof Number n ? n.longValue() : 0;
        f.put("offerDeadline", today.plusDays(Math.max(minDays, 7)).toString());
      }
      case "recordOffers" -> {
        double estimate = ((Number) v.get("estimatedNetValue")).doubleValue();
        double limit = v.get("budgetLimit") instanceof Number n ? n.doubleValue() : estimate;
        double net = Math.round(Math.min(estimate, limit) * 95) / 100.0;
        f.put("offersOutcome", "OFFERS");
        f.put("offers", List.of(
            ProcurementForms.offer("Mechatronika Opole sp. z o.o.", "7680002466", net, Math.round(net * 123) / 100.0, 100L),
            ProcurementForms.offer("Edu-Tech Nysa", "5260250274", net + 100, Math.round((net + 100) * 123) / 100.0, 90L)));
        f.put("chosenOffer", "1");
        f.put("choiceReason", "Najniższa cena, spełnia wymagania.");
      }
      case "decideNoOffers" -> {
        f.put("noOffersDecision", "REPEAT");
        f.put("noOffersReason", "Ponowne zapytanie.");
      }
      case "decideOverBudget" -> {
        f.put("overBudgetDecision", "ACCEPT");
        f.put("overBudgetReason", "Szkoła pokryje różnicę.");
      }
      case "recordContract" -> {
        f.put("contractNumber", "UM/" + today.getYear() + "/ZS/" + v.get("procurementOrderId"));
        f.put("contractDate", today.toString());
        f.put("contractNetValue", v.get("chosenNetValue"));
        f.put("contractGrossValue", v.get("chosenGrossValue"));
        f.put("deliveryDeadline", today.plusDays(30).toString());
      }
      default -> throw new IllegalStateException("the replay does not do task " + key + " of the supplier selection");
    }
    return f;
  }

  // ------------------------------------------------------------------------------ start forms

  private Map<String, Object> studentApplication(int i) {
    Person p = students.get(i);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("studentFirstName", p.firstName());
    v.put("studentLastName", p.lastName());
    v.put("studentPesel", p.pesel());
    v.put("schoolId", "1");
    v.put("studentClass", (3 + i % 2) + "TM");
    v.put("profession", i % 3 == 0 ? "technik elektryk" : "technik mechanik");
    v.put("studentPhone", "600 " + String.format("%03d %03d", i / 1000 % 1000, i % 1000));
    v.put("juvenileWorker", false);
    if (i % 10 != 9) {
      v.put("employerId", String.valueOf(1 + i % 2));
    }
    v.put("plannedStartDate", STUDENT_START.toString());
    v.put("plannedEndDate", STUDENT_END.toString());
    v.put("plannedHours", 150L);
    v.put("privacyNoticeAcknowledged", true);
    v.put("educationLevel", "ISCED3");
    v.put("disability", "NIE");
    return v;
  }

  private Map<String, Object> teacherApplication(int i) {
    Person p = teachers.get(i);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("teacherFirstName", p.firstName());
    v.put("teacherLastName", p.lastName());
    v.put("teacherPesel", p.pesel());
    v.put("schoolId", teacherSchool(i));
    v.put("teachingSubjects", "obróbka skrawaniem, technologia mechaniczna");
    v.put("profession", "technik mechanik");
    v.put("teacherPhone", "600 300 " + String.format("%03d", i));
    v.put("vocationalTeacher", true);
    if (i % 10 != 9) {
      v.put("employerId", String.valueOf(1 + (i / 2) % 2));
    }
    v.put("plannedStartDate", TEACHER_START.plusWeeks(i % 4).toString());
    v.put("plannedEndDate", TEACHER_END.plusWeeks(i % 4).toString());
    v.put("privacyNoticeAcknowledged", true);
    v.put("educationLevel", "ISCED5-8");
    v.put("disability", "NIE");
    return v;
  }

  private Map<String, Object> courseRequest(int c) {
    Course course = courses.get(c);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("courseKind", course.kind());
    if (course.schoolId() != null) {
      v.put("schoolId", course.schoolId());
    }
    String topic = switch (course.kind()) {
      case "STUDENT_QUALIFICATION_COURSE" -> "Kwalifikacja MEC.08 – obróbka skrawaniem CNC";
      case "STUDENT_COMPETENCE_COURSE" -> "Spawanie metodą MAG";
      case "TEACHER_COURSE" -> "Programowanie obrabiarek CNC dla nauczycieli";
      default -> "Kurs pedagogiczny dla instruktorów praktycznej nauki zawodu";
    };
    v.put("courseTopic", topic + " – grupa " + (c + 1));
    if (course.kind().startsWith("STUDENT_")) {
      v.put("profession", "technik mechanik");
    }
    boolean pnz = course.kind().equals("PNZ_INSTRUCTOR_COURSE");
    v.put("plannedHours", pnz ? 48L : 60L);
    v.put("plannedStartDate", course.start().toString());
    v.put("plannedEndDate", course.start().plusDays(11).toString());
    v.put("seats", (long) course.participants().size());
    v.put("justification", "Potrzeba zgłoszona przez pracodawców regionu.");
    v.put("estimatedCost", 700.0 * course.participants().size());
    return v;
  }

  private Map<String, Object> procurementRequest(int p) {
    long quantity = 1 + p % 4;
    double unit = Math.floor((1200 + (p * 37) % 700) * 100.0 / quantity) / 100.0;
    Map<String, Object> v = ProcurementForms.request(String.valueOf(1 + p % 2), CATEGORIES[p % CATEGORIES.length],
        quantity, unit, SUBMITTED);
    v.put("purchaseSubject", "Wyposażenie pracowni – zamówienie " + (p + 1));
    return v;
  }

  // ------------------------------------------------------------------------------ users and clock

  private <T> T as(String userId, Supplier<T> action) {
    List<String> groups = groupsOfUser.computeIfAbsent(userId,
        u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  static void clock(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
  }

  static LocalDate today() {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).toLocalDate();
  }

  /** PESELs of the people this workload's cases take part in (each person once). */
  java.util.Set<String> expectedPeople() {
    java.util.Set<String> people = new java.util.HashSet<>();
    for (Case c : cases) {
      switch (c.kind()) {
        case STUDENT_INTERNSHIP -> people.add(students.get(c.index()).pesel());
        case TEACHER_INTERNSHIP -> people.add(teachers.get(c.index()).pesel());
        case COURSE -> courses.get(c.index()).participants().forEach(p -> people.add(p.pesel()));
        case PROCUREMENT -> { }
      }
    }
    return people;
  }
}
