package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import pl.vetworkflow.participant.Pesel;

/**
 * A student application as a school coordinator fills it in, for the demo cases ({@code
 * demo.DemoCases}): the demo starts cases through the feature's own names, so it never spells another
 * feature's variables.
 */
public final class StudentInternshipDemo {
  public static final String PROCESS_KEY = StudentInternshipVariables.PROCESS_KEY;

  private StudentInternshipDemo() {}

  /** The start form's variables: a student of technik mechanik, 150 h over eight weeks from {@code start}. */
  public static Map<String, Object> application(String first, String last, Pesel pesel, String schoolId,
      String employerId, LocalDate start) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(STUDENT_FIRST_NAME, first);
    v.put(STUDENT_LAST_NAME, last);
    v.put(STUDENT_PESEL, pesel.value());
    v.put(SCHOOL_ID, schoolId);
    v.put(STUDENT_CLASS, "3TM");
    v.put(PROFESSION, "technik mechanik");
    v.put(STUDENT_EMAIL, first.toLowerCase() + "." + schoolId + "@uczen.example.pl");
    v.put(STUDENT_PHONE, "600 100 200");
    v.put(JUVENILE_WORKER, false);
    v.put(EMPLOYER_ID, employerId);
    v.put(PLANNED_START_DATE, start.toString());
    v.put(PLANNED_END_DATE, start.plusWeeks(8).toString());
    v.put(PLANNED_HOURS, 150L);
    v.put(PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return v;
  }

  /** The employer's confirmation of the placement: a tutor and the workplace. */
  public static Map<String, Object> placementConfirmed() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(PLACEMENT_DECISION, "CONFIRM");
    v.put(TUTOR_NAME, "Tomasz Kurek");
    v.put(TUTOR_EMAIL, "t.kurek@ozm.example.pl");
    v.put(WORKPLACE, "Hala B, dział obróbki skrawaniem, stanowisko operatora tokarki CNC");
    return v;
  }

  /** The teacher's approval of the internship programme. */
  public static Map<String, Object> programmeApproved() {
    return Map.of(PROGRAMME_APPROVED, true);
  }

  /** The agreement as the programme office prepares it: its number and date (the PDF is issued then). */
  public static Map<String, Object> agreementPrepared(String number, LocalDate date) {
    return Map.of(AGREEMENT_NUMBER, number, AGREEMENT_DATE, date.toString());
  }
}
