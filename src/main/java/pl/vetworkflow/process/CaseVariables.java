package pl.vetworkflow.process;

import java.util.List;

/**
 * Variables that every process keeps under the same names, because code that serves every case
 * reads them: notification e-mails and Tasklist cards name a case by them ({@code
 * notification.CaseDescription}, {@code casework.TaskCards}), cards route by the case's school and
 * employer. A process owner class re-declares those its process has (e.g. {@code SCHOOL_NAME =
 * CaseVariables.SCHOOL_NAME}), so it still lists every variable of its process.
 *
 * <p>Display names only in the *_NAME variables, never an identifier (a run of 11 digits is masked
 * in messages anyway). Everything here is a String.
 */
public final class CaseVariables {
  /** Display name of the participant (student, teacher, instructor): first and last name. */
  public static final String PARTICIPANT_NAME = "participantName";
  public static final ProcessVariable<String> participantName = ProcessVariable.text(PARTICIPANT_NAME);
  /** Display name of the school concerned. */
  public static final String SCHOOL_NAME = "schoolName";
  public static final ProcessVariable<String> schoolName = ProcessVariable.text(SCHOOL_NAME);
  /** Display name of the employer (company) concerned. */
  public static final String EMPLOYER_NAME = "employerName";
  public static final ProcessVariable<String> employerName = ProcessVariable.text(EMPLOYER_NAME);

  /** The school's id in the school registry (vet_school.id); its tasks go to the group school-&lt;id&gt;. */
  public static final String SCHOOL_ID = "schoolId";
  public static final ProcessVariable<String> schoolId = ProcessVariable.text(SCHOOL_ID);
  /** The employer's id in the employer registry (vet_employer.id); its tasks go to employer-&lt;id&gt;. */
  public static final String EMPLOYER_ID = "employerId";
  public static final ProcessVariable<String> employerId = ProcessVariable.text(EMPLOYER_ID);

  /** What a case without a participant or school is about: a course's topic, a purchase's subject. */
  public static final String COURSE_TOPIC = "courseTopic";
  public static final String PURCHASE_SUBJECT = "purchaseSubject";
  /** What a group activity or event is about: its title or topic. */
  public static final String ACTIVITY_TITLE = "activityTitle";

  /** Case names in display order: what an e-mail says a case is about. */
  public static final List<String> ALL = List.of(PARTICIPANT_NAME, SCHOOL_NAME, EMPLOYER_NAME);

  /** The participant and the school: what a Tasklist card says a case is about. */
  public static final List<String> SUBJECT = List.of(PARTICIPANT_NAME, SCHOOL_NAME);

  /** When a case has no participant: its course topic, purchase subject or activity title, and the school. */
  public static final List<String> SUBJECT_OTHERWISE = List.of(COURSE_TOPIC, PURCHASE_SUBJECT, ACTIVITY_TITLE,
      SCHOOL_NAME);

  private CaseVariables() {}
}
