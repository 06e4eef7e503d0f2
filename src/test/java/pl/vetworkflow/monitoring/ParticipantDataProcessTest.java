package pl.vetworkflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static pl.vetworkflow.monitoring.ParticipantDataVariables.*;
import static pl.vetworkflow.testsupport.CaseScenario.clock;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import pl.vetworkflow.casework.TaskCardVariables;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.internship.StudentInternshipVariables;
import pl.vetworkflow.notification.NotificationKind;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.participant.MonitoringData;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.testsupport.CaseScenario;
import pl.vetworkflow.testsupport.CoverageGrants;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.testsupport.ReminderJob;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;
import pl.vetworkflow.validation.FormValidationException;

/**
 * Every path of {@code participant-data} on the whole application on PostgreSQL, as the demo users:
 * the entry data asked when an internship registers a new student (inside the employer's step),
 * nothing for a person already known, the exit situation after the last form of support, the
 * manual correction by the school (own pupils only) and by the programme office, a person without a
 * school, refused input. The coverage report is
 * target/process-test-coverage/pl.vetworkflow.monitoring.ParticipantDataProcessTest/.
 */
@PostgresIntegrationTest
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ParticipantDataProcessTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final String SCHOOL_1 = "Technikum nr 1 w Opolu";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired ParticipantRegistry registry;
  @Autowired SupportRegistry supports;
  @Autowired Grants grants;
  @Autowired Attachments attachments;
  @Autowired OverdueTaskReminders reminderJob;
  @LocalServerPort int port;
  ReminderJob mails;
  CaseScenario scenario;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new CaseScenario(runtime, tasks, identity);
    mails = new ReminderJob(reminderJob, jdbc);
    clock(TODAY);
    CoverageGrants.letWorkingRolesReadDefinitions(grants);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void anInternshipRegistersANewStudentWhoseSchoolCompletesTheEntryDataOnce() {
    String pesel = TestPesels.random(LocalDate.of(2007, 2, 3), false);
    StudentInternshipDriver internship = new StudentInternshipDriver(runtime, tasks, identity, management);
    internship.attachingScans(attachments, engine.getHistoryService(), engine.getRepositoryService());
    Map<String, Object> application = StudentInternshipDriver.application(pesel, 150);
    application.put(StudentInternshipVariables.EDUCATION_LEVEL, "ISCED2");
    application.put(StudentInternshipVariables.DISABILITY, "NIE");
    ProcessInstance pi = internship.submit(application);
    assertThat(cases(pesel)).isEmpty();
    // the employer's signature registers the student: the case starts inside that step
    internship.placeAndSign(pi, "STUDENT");
    Participant student = registry.findByPesel(pesel).orElseThrow();

    ProcessInstance data = single(open(pesel));
    assertThat(data.getBusinessKey()).matches("DU/2026/\\d{4}");
    assertThat(data).hasPassed("dataRequested", "loadParticipantData").isWaitingAt("enterEntryData").variables()
        .containsEntry(PARTICIPANT_ID, student.id()).containsEntry(STAGE, "ENTRY").containsEntry(CORRECTION, false)
        .containsEntry(CASE_NUMBER, data.getBusinessKey()).containsEntry(PARTICIPANT_NAME, "Jan Kowalski")
        .containsEntry(SCHOOL_NAME, SCHOOL_1).containsEntry(RESPONSIBLE_GROUP, "school-1")
        // what the application gave is shown, the country proposed
        .containsEntry(EDUCATION_LEVEL, "ISCED2").containsEntry(DISABILITY, "NIE").containsEntry(COUNTRY, "Polska")
        .doesNotContainKeys(PARTICIPANT_PESEL, TOWN, CITIZENSHIP);
    assertThat(runtime.getVariables(data.getId()).values()).doesNotContain(pesel);
    Task task = scenario.task(data, "enterEntryData");
    assertThat(task).hasCandidateGroup("school-1").hasName("Uzupełnij dane uczestnika do monitorowania");
    assertThat(tasks.getVariableLocal(task.getId(), TaskCardVariables.SUBJECT)).isEqualTo("Jan Kowalski, " + SCHOOL_1);
    assertThat(tasks.getVariableLocal(task.getId(), TaskCardVariables.WAITING_FOR)).isEqualTo(SCHOOL_1);
    // no "Nowe zadanie" e-mail for these tasks, and no reminders
    assertThat(mails.recipients(task.getId(), NotificationKind.TASK)).isEmpty();
    assertThat(mails.remindedAtDue(task)).isFalse();
    // school1 finds it under "Dane uczestników", not among the casework of "Zadania mojej grupy" or "Zaległe"
    assertThat(filterTaskIds("school1", TaskFilters.PARTICIPANT_DATA)).contains(task.getId());
    assertThat(filterTaskIds("school1", TaskFilters.MY_GROUP_TASKS)).doesNotContain(task.getId())
        .contains(scenario.task(pi, "internshipRunning").getId());
    assertThat(filterTaskIds("school2", TaskFilters.PARTICIPANT_DATA)).doesNotContain(task.getId());

    // another school and a teacher may not do it
    assertThatThrownBy(() -> scenario.complete("school2", data, "enterEntryData", entry("Opole", "45-001")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> scenario.complete("teacher1", data, "enterEntryData", entry("Opole", "45-001")))
        .isInstanceOf(AuthorizationException.class);

    // bad input: a Polish message naming the field, the task stays open, the registry unchanged
    Map<String, Object> wrong = entry("Opole", "45001");
    wrong.put(THIRD_COUNTRY_CITIZEN, "TAK");
    assertThatThrownBy(() -> scenario.complete("school1", data, "enterEntryData", wrong))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Kod pocztowy").hasMessageContaining("00-000")
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains(POSTAL_CODE));
    Map<String, Object> inconsistent = entry("Opole", "45-001");
    inconsistent.put(THIRD_COUNTRY_CITIZEN, "TAK");
    assertThatThrownBy(() -> scenario.complete("school1", data, "enterEntryData", inconsistent))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Obywatel państwa trzeciego")
        .hasMessageContaining("nie jest obywatelem państwa trzeciego");
    Map<String, Object> refusedWhereNotAllowed = entry("Opole", "45-001");
    refusedWhereNotAllowed.put(HOMELESS, "ODMOWA");
    assertThatThrownBy(() -> scenario.complete("school1", data, "enterEntryData", refusedWhereNotAllowed))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań");
    assertThat(scenario.task(data, "enterEntryData").getId()).isEqualTo(task.getId());
    assertThat(runtime.getVariables(data.getId())).doesNotContainKeys(TOWN, POSTAL_CODE);
    assertThat(registry.monitoringData(student.id()).orElseThrow().values()).containsOnlyKeys(
        MonitoringField.EDUCATION, MonitoringField.DISABILITY);

    // given to a person by the administrator: still no e-mail of its own
    scenario.as("admin", () -> {
      tasks.setAssignee(task.getId(), "school1");
      return null;
    });
    assertThat(mails.recipients(task.getId(), NotificationKind.TASK)).isEmpty();

    scenario.complete("school1", data, "enterEntryData", entry("Opole", "45-001"));
    assertThat(data).isEnded().hasPassed("recordParticipantData", "dataRecorded").hasNotPassed("enterExitData");
    MonitoringData recorded = registry.monitoringData(student.id()).orElseThrow();
    assertThat(recorded.missing(MonitoringField.Stage.ENTRY)).isEmpty();
    assertThat(recorded.get(MonitoringField.TOWN)).isEqualTo("Opole");
    assertThat(recorded.get(MonitoringField.VOIVODESHIP)).isEqualTo("opolskie");
    assertThat(recorded.get(MonitoringField.MINORITY)).isEqualTo("ODMOWA");
    assertThat(recorded.get(MonitoringField.PHONE)).isNull();

    // a second form of support of the same person asks nothing again
    registry.register(pesel, "Jan", "Kowalski", ParticipantType.STUDENT, "1", TODAY.plusDays(40));
    assertThat(cases(pesel)).hasSize(1);

    // the student drops out of the internship, their only form of support: the school gives the exit situation
    clock(LocalDate.of(2026, 4, 20));
    internship.complete("school1", pi, "internshipRunning", Map.of(StudentInternshipVariables.DROPOUT_DATE,
        "2026-04-17", StudentInternshipVariables.DROPOUT_REASON, "Zmiana szkoły."));
    ProcessInstance exit = single(open(pesel));
    assertThat(exit).isWaitingAt("enterExitData").variables().containsEntry(STAGE, "EXIT");
    assertThat(scenario.task(exit, "enterExitData")).hasCandidateGroup("school-1");
    assertThat(cases(pesel)).hasSize(2);
  }

  @Test
  void aKnownPersonOrOneWithEveryEntryFieldGetsNoCase() {
    Participant known = register(null, ParticipantType.STUDENT, "1");
    assertThat(cases(known.pesel())).hasSize(1);
    registry.register(known.pesel(), "Ala", "Znana", ParticipantType.STUDENT, "1", TODAY.minusDays(10));
    assertThat(cases(known.pesel())).hasSize(1);

    Map<MonitoringField, String> everything = new EnumMap<>(MonitoringField.class);
    entry("Kluczbork", "46-200").forEach((name, value) -> FIELD_NAMES.forEach((f, n) -> {
      if (n.equals(name)) {
        everything.put(f, (String) value);
      }
    }));
    String pesel = TestPesels.random(LocalDate.of(2006, 6, 6), true);
    registry.register(pesel, "Ola", "Kompletna", ParticipantType.STUDENT, "1", TODAY, everything);
    assertThat(cases(pesel)).isEmpty();
  }

  @Test
  void theExitSituationIsAskedWhenTheLastFormOfSupportEnds() {
    Participant p = register(null, ParticipantType.STUDENT, "1");
    finishEntry(p);
    supports.start(p.id(), SupportRegistry.Kind.STUDENT_INTERNSHIP, "SU/T/" + p.id(), "test", TODAY);
    supports.start(p.id(), SupportRegistry.Kind.CAREER_COUNSELLING, "DZ/T/" + p.id(), "test", TODAY);
    supports.finish(SupportRegistry.Kind.STUDENT_INTERNSHIP, "SU/T/" + p.id(), SupportRegistry.Status.COMPLETED,
        TODAY.plusDays(30), 120);
    assertThat(open(p.pesel())).isEmpty();

    supports.finish(SupportRegistry.Kind.CAREER_COUNSELLING, "DZ/T/" + p.id(), SupportRegistry.Status.DROPPED_OUT,
        TODAY.plusDays(31), 3);
    ProcessInstance exit = single(open(p.pesel()));
    assertThat(exit).isWaitingAt("enterExitData").hasNotPassed("enterEntryData").variables()
        .containsEntry(STAGE, "EXIT").containsEntry(PARTICIPANT_NAME, "Ala Znana").doesNotContainKey(COUNTRY);
    Task task = scenario.task(exit, "enterExitData");
    assertThat(task).hasCandidateGroup("school-1").hasName("Podaj sytuację uczestnika po zakończeniu udziału");
    assertThat(mails.recipients(task.getId(), NotificationKind.TASK)).isEmpty();
    assertThat(mails.remindedAtDue(task)).isFalse();
    assertThatThrownBy(() -> scenario.complete("school1", exit, "enterExitData", Map.of(EXIT_SITUATION, "RETIRED")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Sytuacja osoby w momencie zakończenia udziału w projekcie");
    assertThat(registry.monitoringData(p.id()).orElseThrow().has(MonitoringField.EXIT_SITUATION)).isFalse();

    scenario.complete("school1", exit, "enterExitData", Map.of(EXIT_SITUATION, "CONTINUES_EDUCATION"));
    assertThat(exit).isEnded().hasPassed("enterExitData", "recordParticipantData");
    assertThat(registry.monitoringData(p.id()).orElseThrow().get(MonitoringField.EXIT_SITUATION))
        .isEqualTo("CONTINUES_EDUCATION");

    // a later form of support that ends does not ask again: the registry has the exit situation
    supports.start(p.id(), SupportRegistry.Kind.STUDY_VISIT, "WS/T/" + p.id(), "test", TODAY.plusDays(40));
    supports.finish(p.id(), SupportRegistry.Kind.STUDY_VISIT, "WS/T/" + p.id(), SupportRegistry.Status.COMPLETED,
        TODAY.plusDays(41), 6);
    assertThat(open(p.pesel())).isEmpty();
  }

  @Test
  void theSchoolCorrectsItsOwnPupilOnlyAndTheProgrammeOfficeAnyone() {
    Participant own = register(null, ParticipantType.STUDENT, "1");
    Participant other = register(null, ParticipantType.STUDENT, "2");
    // an open entry case: a correction would be a second one
    assertThatThrownBy(() -> scenario.start("school1", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, own.pesel())))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Uczestnik")
        .hasMessageContaining(single(open(own.pesel())).getBusinessKey());
    finishEntry(own);
    finishEntry(other);

    // another school's pupil is not on school1's list
    long before = cases(other.pesel()).size();
    assertThatThrownBy(() -> scenario.start("school1", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, other.pesel())))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Uczestnik")
        .hasMessageContaining("Twoją szkołę");
    assertThat(cases(other.pesel())).hasSize((int) before);
    // nor may a teacher start a correction
    assertThatThrownBy(() -> scenario.start("teacher1", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, own.pesel())))
        .isInstanceOfAny(AuthorizationException.class, FormValidationException.class);
    assertThat(cases(own.pesel())).hasSize(1);

    ProcessInstance correction = scenario.start("school1", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, own.pesel()));
    assertThat(correction).hasPassed("correctionRequested", "loadParticipantData").isWaitingAt("enterEntryData")
        .variables().containsEntry(PARTICIPANT_ID, own.id()).containsEntry(STAGE, "ENTRY")
        .containsEntry(CORRECTION, true).containsEntry(TOWN, "Opole").containsEntry(POSTAL_CODE, "45-001")
        .containsEntry(CITIZENSHIP, "PL").containsEntry(COUNTRY, "Polska").doesNotContainKey(PARTICIPANT_PESEL);
    assertThat(runtime.getVariables(correction.getId()).values()).doesNotContain(own.pesel());
    assertThat(scenario.task(correction, "enterEntryData")).hasCandidateGroup("school-1");
    scenario.complete("school1", correction, "enterEntryData", entry("Brzeg", "49-300"));
    assertThat(correction).isEnded();
    MonitoringData corrected = registry.monitoringData(own.id()).orElseThrow();
    assertThat(corrected.get(MonitoringField.TOWN)).isEqualTo("Brzeg");
    assertThat(corrected.get(MonitoringField.POSTAL_CODE)).isEqualTo("49-300");

    // the form shows what the registry holds; an optional field emptied there is cleared
    Map<String, Object> withContact = entry("Brzeg", "49-300");
    withContact.put(PHONE, "600 100 200");
    withContact.put(EMAIL, "ala.znana@example.pl");
    ProcessInstance contact = scenario.start("school1", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, own.pesel()));
    scenario.complete("school1", contact, "enterEntryData", withContact);
    ProcessInstance removal = scenario.start("school1", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, own.pesel()));
    assertThat(removal).variables().containsEntry(PHONE, "600 100 200").containsEntry(EMAIL, "ala.znana@example.pl");
    scenario.complete("school1", removal, "enterEntryData", entry("Brzeg", "49-300"));
    MonitoringData withoutContact = registry.monitoringData(own.id()).orElseThrow();
    assertThat(withoutContact.get(MonitoringField.PHONE)).isNull();
    assertThat(withoutContact.get(MonitoringField.EMAIL)).isNull();
    assertThat(withoutContact.get(MonitoringField.TOWN)).isEqualTo("Brzeg");
    assertThat(withoutContact.missing(MonitoringField.Stage.ENTRY)).isEmpty();

    // the programme office corrects anyone; the task goes to the person's school
    ProcessInstance byOffice = scenario.start("coordinator", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, other.pesel()));
    assertThat(scenario.task(byOffice, "enterEntryData")).hasCandidateGroup("school-2");
    scenario.complete("school2", byOffice, "enterEntryData", entry("Nysa", "48-300"));
    assertThat(registry.monitoringData(other.id()).orElseThrow().get(MonitoringField.TOWN)).isEqualTo("Nysa");
  }

  @Test
  void aCorrectionAfterTheParticipationEndedAsksTheExitSituation() {
    Participant p = register(null, ParticipantType.STUDENT, "1");
    finishEntry(p);
    supports.start(p.id(), SupportRegistry.Kind.JOB_FAIR, "TP/T/" + p.id(), "test", TODAY);
    supports.finish(p.id(), SupportRegistry.Kind.JOB_FAIR, "TP/T/" + p.id(), SupportRegistry.Status.COMPLETED,
        TODAY, 4);
    ProcessInstance exit = single(open(p.pesel()));
    scenario.complete("school1", exit, "enterExitData", Map.of(EXIT_SITUATION, "SEEKING_WORK"));

    ProcessInstance correction = scenario.start("school1", PROCESS_KEY, Map.of(PARTICIPANT_PESEL, p.pesel()));
    assertThat(correction).isWaitingAt("enterExitData").variables().containsEntry(STAGE, "EXIT")
        .containsEntry(CORRECTION, true).containsEntry(EXIT_SITUATION, "SEEKING_WORK");
    scenario.complete("school1", correction, "enterExitData", Map.of(EXIT_SITUATION, "EMPLOYED"));
    assertThat(registry.monitoringData(p.id()).orElseThrow().get(MonitoringField.EXIT_SITUATION)).isEqualTo("EMPLOYED");
  }

  @Test
  void aPersonWithoutASchoolIsTheProgrammeOfficesTask() {
    Participant instructor = register(null, ParticipantType.INSTRUCTOR, null);
    ProcessInstance data = single(open(instructor.pesel()));
    assertThat(data).isWaitingAt("enterEntryData").variables().containsEntry(RESPONSIBLE_GROUP, "coordinators")
        .doesNotContainKeys(SCHOOL_ID, SCHOOL_NAME);
    Task task = scenario.task(data, "enterEntryData");
    assertThat(task).hasCandidateGroup("coordinators");
    assertThat(tasks.getVariableLocal(task.getId(), TaskCardVariables.WAITING_FOR)).isEqualTo("Biuro projektu");
    assertThat(tasks.getVariableLocal(task.getId(), TaskCardVariables.SUBJECT)).isEqualTo("Ala Znana");
    assertThat(mails.recipients(task.getId(), NotificationKind.TASK)).isEmpty();
    assertThatThrownBy(() -> scenario.complete("school1", data, "enterEntryData", entry("Opole", "45-001")))
        .isInstanceOf(AuthorizationException.class);
    scenario.complete("coordinator", data, "enterEntryData", entry("Opole", "45-002"));
    assertThat(registry.monitoringData(instructor.id()).orElseThrow().missing(MonitoringField.Stage.ENTRY)).isEmpty();
  }

  @Test
  void theStartMessageSentOverRestCarriesThePersonAndTheStageOnly() {
    Participant p = register(null, ParticipantType.STUDENT, "1");
    Http school = Http.basic(port, "school1", "school1");
    // a second entry case while one is open: refused
    HttpResponse<String> second = school.postJson("/engine-rest/message", message(p.id(), "ENTRY", ""));
    assertThat(second.statusCode()).as(second.body()).isGreaterThanOrEqualTo(400);
    finishEntry(p);
    // values slipped in with the message: refused, no case
    HttpResponse<String> forged = school.postJson("/engine-rest/message", message(p.id(), "ENTRY",
        ", \"town\": {\"value\": \"Nigdzie\", \"type\": \"String\"}"));
    assertThat(forged.statusCode()).as(forged.body()).isGreaterThanOrEqualTo(400);
    assertThat(cases(p.pesel())).hasSize(1);
    assertThat(registry.monitoringData(p.id()).orElseThrow().get(MonitoringField.TOWN)).isEqualTo("Opole");
  }

  private static String message(long participant, String stage, String more) {
    return "{\"messageName\": \"" + START_MESSAGE + "\", \"processVariables\": {"
        + "\"participantId\": {\"value\": " + participant + ", \"type\": \"Long\"},"
        + " \"stage\": {\"value\": \"" + stage + "\", \"type\": \"String\"}" + more + "}}";
  }

  // ---------------------------------------------------------------- helpers

  /** A complete, valid entry form, as school1 fills it. */
  static Map<String, Object> entry(String town, String postalCode) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(CITIZENSHIP, "PL");
    v.put(COUNTRY, "Polska");
    v.put(VOIVODESHIP, "opolskie");
    v.put(COUNTY, "opolski");
    v.put(COMMUNE, town);
    v.put(TOWN, town);
    v.put(POSTAL_CODE, postalCode);
    v.put(DEGURBA, "2");
    v.put(PHONE, null);
    v.put(EMAIL, "");
    v.put(EDUCATION_LEVEL, "ISCED2");
    v.put(LABOUR_STATUS, "INACTIVE_STUDYING");
    v.put(FOREIGN_ORIGIN, "NIE");
    v.put(THIRD_COUNTRY_CITIZEN, "NIE");
    v.put(MINORITY, "ODMOWA");
    v.put(HOMELESS, "NIE");
    v.put(DISABILITY, "NIE");
    return v;
  }

  private Participant register(String pesel, ParticipantType type, String school) {
    String number = pesel != null ? pesel : TestPesels.random(LocalDate.of(1990, 4, 4), true);
    return registry.register(number, "Ala", "Znana", type, school, TODAY);
  }

  /** The school completes the entry case the registration started. */
  private void finishEntry(Participant p) {
    ProcessInstance entry = single(open(p.pesel()));
    scenario.complete(p.schoolId() == null ? "coordinator" : "school" + p.schoolId(), entry, "enterEntryData",
        entry("Opole", "45-001"));
  }

  /** The ids of the tasks a demo user sees through a Tasklist filter. */
  private List<String> filterTaskIds(String userId, String filterName) {
    String filter = engine.getFilterService().createTaskFilterQuery().filterName(filterName).singleResult().getId();
    return scenario.as(userId, () -> engine.getFilterService().<Task>listPage(filter, 0, 200).stream().map(Task::getId).toList());
  }

  /** The person's cases, open or ended. */
  private List<HistoricProcessInstance> cases(String pesel) {
    long id = registry.findByPesel(pesel).map(Participant::id).orElse(-1L);
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(PARTICIPANT_ID, id).list();
  }

  private List<ProcessInstance> open(String pesel) {
    long id = registry.findByPesel(pesel).map(Participant::id).orElse(-1L);
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(PARTICIPANT_ID, id).list();
  }

  private static <T> T single(List<T> found) {
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
