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
 * {@code ${issueTeacherInternshipAgreement}}, at the end of {@code prepareAgreement}: the agreement
 * between the employer, the teacher and the programme, to be printed, signed and attached as a scan on
 * the signature steps. Prepared again after a change, it is the next version under the same number.
 */
@Component("issueTeacherInternshipAgreement")
public class IssueTeacherInternshipAgreementListener implements ExecutionListener {
  private final DocumentIssuer issuer;

  public IssueTeacherInternshipAgreementListener(DocumentIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("agreementNumber", agreementNumber.get(execution));
    values.put("agreementDate", PolishDates.format(agreementDate.get(execution)));
    values.put("employerName", employerName.get(execution));
    values.put("participantName", participantName.get(execution));
    values.put("teacherPesel", teacherPesel.get(execution));
    values.put("schoolName", schoolName.get(execution));
    values.put("teachingSubjects", teachingSubjects.getOrNull(execution));
    values.put("profession", profession.getOrNull(execution));
    values.put("plannedStartDate", PolishDates.format(plannedStartDate.get(execution)));
    values.put("plannedEndDate", PolishDates.format(plannedEndDate.get(execution)));
    values.put("plannedHours", plannedHours.get(execution));
    values.put("workplace", workplace.getOrNull(execution));
    values.put("tutorName", tutorName.getOrNull(execution));
    values.put("tutorEmail", tutorEmail.getOrNull(execution));
    values.put("tutorPhone", tutorPhone.getOrNull(execution));
    issuer.issue(execution, DocumentKind.TEACHER_INTERNSHIP_AGREEMENT, values);
  }
}
