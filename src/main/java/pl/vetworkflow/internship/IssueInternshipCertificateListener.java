package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.actualEndDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.actualHours;
import static pl.vetworkflow.internship.StudentInternshipVariables.actualStartDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.agreementNumber;
import static pl.vetworkflow.internship.StudentInternshipVariables.certificateDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.certificateNumber;
import static pl.vetworkflow.internship.StudentInternshipVariables.employerName;
import static pl.vetworkflow.internship.StudentInternshipVariables.participantName;
import static pl.vetworkflow.internship.StudentInternshipVariables.profession;
import static pl.vetworkflow.internship.StudentInternshipVariables.schoolName;
import static pl.vetworkflow.internship.StudentInternshipVariables.studentPesel;
import static pl.vetworkflow.internship.StudentInternshipVariables.tutorName;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.document.DocumentIssuer;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.document.DocumentText;

/**
 * {@code ${issueInternshipCertificate}} (student-internship, end of "Wystaw zaświadczenie o odbyciu
 * stażu"): the certificate with the dates and hours the employer confirmed.
 */
@Component("issueInternshipCertificate")
public class IssueInternshipCertificateListener implements ExecutionListener {
  private final DocumentIssuer issuer;

  public IssueInternshipCertificateListener(DocumentIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new HashMap<>();
    values.put("certificateNumber", certificateNumber.getOrNull(execution));
    values.put("certificateDate", DocumentText.date(certificateDate.getOrNull(execution)));
    values.put("participantName", participantName.getOrNull(execution));
    values.put("studentPesel", studentPesel.getOrNull(execution));
    values.put("schoolName", schoolName.getOrNull(execution));
    values.put("profession", profession.getOrNull(execution));
    values.put("employerName", employerName.getOrNull(execution));
    values.put("tutorName", tutorName.getOrNull(execution));
    values.put("agreementNumber", agreementNumber.getOrNull(execution));
    values.put("actualStartDate", DocumentText.date(actualStartDate.getOrNull(execution)));
    values.put("actualEndDate", DocumentText.date(actualEndDate.getOrNull(execution)));
    values.put("actualHours", actualHours.getOrNull(execution));
    issuer.issue(execution, DocumentKind.INTERNSHIP_CERTIFICATE, values);
  }
}
