package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.document.DocumentIssuer;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.validation.PolishDates;

/**
 * {@code ${issueTeacherInternshipCertificate}}, at the end of {@code issueConfirmation}: the
 * confirmation that the teacher completed the internship (the branch training of Karta Nauczyciela
 * art. 70c), with the dates and hours the employer confirmed and the number the coordinator gave.
 */
@Component("issueTeacherInternshipCertificate")
public class IssueTeacherInternshipCertificateListener implements ExecutionListener {
  private final DocumentIssuer issuer;

  public IssueTeacherInternshipCertificateListener(DocumentIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long hours = actualHours.get(execution);
    long planned = plannedHours.get(execution);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("certificateNumber", certificateNumber.get(execution));
    values.put("certificateDate", PolishDates.format(certificateDate.get(execution)));
    values.put("participantName", participantName.get(execution));
    values.put("teacherPesel", teacherPesel.get(execution));
    values.put("schoolName", schoolName.get(execution));
    values.put("teachingSubjects", teachingSubjects.getOrNull(execution));
    values.put("profession", profession.getOrNull(execution));
    values.put("employerName", employerName.get(execution));
    values.put("workplace", workplace.getOrNull(execution));
    values.put("tutorName", tutorName.getOrNull(execution));
    values.put("agreementNumber", agreementNumber.get(execution));
    values.put("agreementDate", PolishDates.format(agreementDate.get(execution)));
    values.put("actualStartDate", PolishDates.format(actualStartDate.get(execution)));
    values.put("actualEndDate", PolishDates.format(actualEndDate.get(execution)));
    values.put("actualHours", hours);
    values.put("plannedHours", planned);
    values.put("fewerHours", hours < planned);
    values.put("tasksPerformed", tasksPerformed.getOrNull(execution));
    issuer.issue(execution, DocumentKind.TEACHER_INTERNSHIP_CERTIFICATE, values);
  }
}
