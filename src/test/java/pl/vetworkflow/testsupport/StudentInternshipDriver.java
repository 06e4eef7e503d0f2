package pl.vetworkflow.testsupport;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs student internships of school 1 with employer 1 the way the demo users do, for tests and
 * benchmarks that need many cases in a given state: submission on {@link #SUBMITTED}, internship
 * from {@link #START} to {@link #END}.
 */
public class StudentInternshipDriver extends CaseScenario {
  public static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 2);
  public static final LocalDate START = LocalDate.of(2026, 4, 1);
  public static final LocalDate END = LocalDate.of(2026, 5, 29);

  private final ManagementService management;

  public StudentInternshipDriver(RuntimeService runtime, TaskService tasks, IdentityService identity,
      ManagementService management) {
    super(runtime, tasks, identity);
    this.management = management;
  }

  /** A complete, valid start form of school 1 with preferred employer 1. */
  public static Map<String, Object> application(String pesel, long hours) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(STUDENT_FIRST_NAME, "Jan");
    v.put(STUDENT_LAST_NAME, "Kowalski");
    v.put(STUDENT_PESEL, pesel);
    v.put(SCHOOL_ID, "1");
    v.put(STUDENT_CLASS, "3TM");
    v.put(PROFESSION, "technik mechanik");
    v.put(STUDENT_PHONE, "600 100 200");
    v.put(JUVENILE_WORKER, false);
    v.put(EMPLOYER_ID, "1");
    v.put(PLANNED_START_DATE, START.toString());
    v.put(PLANNED_END_DATE, END.toString());
    v.put(PLANNED_HOURS, hours);
    v.put(PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return v;
  }

  public ProcessInstance submit(Map<String, Object> application) {
    return start("school1", PROCESS_KEY, application);
  }

  /** employer1 confirms, teacher1 approves the programme, the agreement is prepared and signed. */
  public void placeAndSign(ProcessInstance pi, String signedBy) {
    complete("employer1", pi, "confirmPlacement", Map.of("placementDecision", "CONFIRM", "tutorName", "Adam Nowak",
        "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B"));
    complete("teacher1", pi, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
    complete("coordinator", pi, "prepareAgreement", Map.of(AGREEMENT_NUMBER, "UM/" + pi.getBusinessKey(),
        AGREEMENT_DATE, SUBMITTED.toString()));
    complete("school1", pi, "recordParticipantSignature", Map.of(PARTICIPANT_SIGNED_BY, signedBy,
        PARTICIPANT_SIGNATURE_DATE, SUBMITTED.toString()));
    complete("employer1", pi, "recordEmployerSignature", Map.of(EMPLOYER_SIGNATORY_NAME, "Prezes zarządu",
        EMPLOYER_SIGNATURE_DATE, SUBMITTED.toString()));
  }

  /** The planned end passes (timer job); the clock is then three days after {@link #END}. */
  public void reachPlannedEnd(ProcessInstance pi) {
    String job = management.createJobQuery().processInstanceId(pi.getId()).activityId("plannedEndReached")
        .singleResult().getId();
    clock(END.plusDays(3));
    management.executeJob(job);
  }

  /** Full attendance, report, certificate and payment: the case ends completed. */
  public void attendanceToStipend(ProcessInstance pi, String certificateNumber) {
    complete("employer1", pi, "confirmAttendance", Map.of(ACTUAL_START_DATE, START.toString(),
        ACTUAL_END_DATE, END.toString(), ACTUAL_HOURS, 150L, EVALUATION_GRADE, "5", EVALUATION_TEXT, "Bardzo dobrze."));
    complete("teacher1", pi, "approveReport", Map.of(REPORT_APPROVED, true));
    complete("coordinator", pi, "issueCertificate", Map.of(CERTIFICATE_NUMBER, certificateNumber,
        CERTIFICATE_DATE, END.plusDays(3).toString()));
    complete("accountant", pi, "payStipend", Map.of(STIPEND_PAID_DATE, END.plusDays(3).toString(),
        TUTOR_COMPENSATION_PAID_DATE, END.plusDays(3).toString()));
  }
}
