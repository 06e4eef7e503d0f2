package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.testsupport.Scans;
import pl.vetworkflow.validation.FormValidationException;

/**
 * The steps of a teacher internship as the demo users take them (the paths of {@link
 * TeacherInternshipProcessTest}, shared with {@link TeacherInternshipDocumentsTest}): each completes
 * its task with valid form data and checks what the step promises on the way.
 */
final class TeacherInternshipSteps {
  static final String AGREEMENT = "UM/SN/2026/3";
  static final LocalDate AGREEMENT_DAY = LocalDate.of(2026, 3, 2);
  static final String CERTIFICATE = "ZN/2026/3";

  private final InternshipScenario scenario;
  private final TaskService tasks;
  private final HistoryService history;
  private final Attachments attachments;

  TeacherInternshipSteps(InternshipScenario scenario, TaskService tasks, HistoryService history,
      Attachments attachments) {
    this.scenario = scenario;
    this.tasks = tasks;
    this.history = history;
    this.attachments = attachments;
  }

  ProcessInstance submit(Map<String, Object> application) {
    return scenario.submit("school1", PROCESS_KEY, application);
  }

  void approve(ProcessInstance pi) {
    assertThat(scenario.remindAtDue(pi, "reviewApplication")).isTrue();
    scenario.complete("coordinator", pi, "reviewApplication", Map.of(REVIEW_DECISION, "APPROVE"));
  }

  void confirmPlacement(ProcessInstance pi, String employerUser) {
    assertThat(scenario.remindAtDue(pi, "confirmPlacement")).isTrue();
    scenario.complete(employerUser, pi, "confirmPlacement", Map.of(PLACEMENT_DECISION, "CONFIRM",
        "tutorName", "Adam Nowak", "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B, dział obróbki"));
    assertThat(pi).variables().containsEntry(PLACEMENT_DECISION, "CONFIRM").containsEntry("tutorName", "Adam Nowak");
  }

  /** The agreement is prepared; both signatures are recorded, each with the signed scan attached. */
  void throughAgreement(ProcessInstance pi, String employerUser) {
    prepareAgreement(pi);
    signatures(pi, employerUser);
  }

  /** Both signatures of the prepared agreement, each with its scan attached during the step. */
  void signatures(ProcessInstance pi, String employerUser) {
    assertThat(candidateGroups(scenario.task(pi, "recordTeacherSignature"))).containsExactly("school-1");
    assertThat(candidateGroups(scenario.task(pi, "recordEmployerSignature"))).containsExactly("employer-1");
    assertThat(scenario.remindAtDue(pi, "recordTeacherSignature")).isTrue();
    attachSignedAgreement(pi, "recordTeacherSignature", "school1");
    assertThatThrownBy(() -> scenario.complete("school1", pi, "recordTeacherSignature",
        Map.of(TEACHER_SIGNATURE_DATE, "2027-01-01"))).isInstanceOf(FormValidationException.class)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).containsExactly("teacherSignatureDate"));
    scenario.complete("school1", pi, "recordTeacherSignature", Map.of(TEACHER_SIGNATURE_DATE, "2026-03-02"));
    assertThat(scenario.remindAtDue(pi, "recordEmployerSignature")).isTrue();
    attachSignedAgreement(pi, "recordEmployerSignature", employerUser);
    scenario.complete(employerUser, pi, "recordEmployerSignature",
        Map.of(EMPLOYER_SIGNATORY_NAME, "Prezes zarządu", EMPLOYER_SIGNATURE_DATE, "2026-03-02"));
    assertThat(pi).hasPassed("startInternship").isWaitingAt("internshipRunning");
  }

  void prepareAgreement(ProcessInstance pi) {
    assertThat(scenario.remindAtDue(pi, "prepareAgreement")).isTrue();
    scenario.complete("coordinator", pi, "prepareAgreement",
        Map.of(AGREEMENT_NUMBER, AGREEMENT, AGREEMENT_DATE, AGREEMENT_DAY.toString()));
  }

  /** The signed agreement's scan, attached by {@code userId} from the open task's "Dokumenty" tab. */
  void attachSignedAgreement(ProcessInstance pi, String taskKey, String userId) {
    Scans.attach(attachments, tasks, history, scenario.task(pi, taskKey).getId(), DocumentKind.SIGNED_AGREEMENT,
        userId);
  }

  void attendance(ProcessInstance pi, String employerUser, long hours) {
    scenario.remindAtDue(pi, "confirmAttendance");
    scenario.complete(employerUser, pi, "confirmAttendance", Map.of(ACTUAL_START_DATE,
        TeacherInternshipProcessTest.START.toString(), ACTUAL_END_DATE, TeacherInternshipProcessTest.END.toString(),
        ACTUAL_HOURS, hours, TASKS_PERFORMED, "Programowanie obrabiarek CNC, kontrola jakości."));
  }

  void confirm(ProcessInstance pi) {
    assertThat(scenario.remindAtDue(pi, "issueConfirmation")).isTrue();
    scenario.complete("coordinator", pi, "issueConfirmation",
        Map.of(CERTIFICATE_NUMBER, CERTIFICATE, CERTIFICATE_DATE, certificateDay().toString()));
  }

  static LocalDate certificateDay() {
    return TeacherInternshipProcessTest.END.plusDays(3);
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
        .map(IdentityLink::getGroupId).toList();
  }
}
