package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.agreementDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.agreementNumber;
import static pl.vetworkflow.internship.StudentInternshipVariables.agreementSignatory;
import static pl.vetworkflow.internship.StudentInternshipVariables.employerName;
import static pl.vetworkflow.internship.StudentInternshipVariables.juvenileWorker;
import static pl.vetworkflow.internship.StudentInternshipVariables.participantName;
import static pl.vetworkflow.internship.StudentInternshipVariables.plannedEndDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.plannedHours;
import static pl.vetworkflow.internship.StudentInternshipVariables.plannedStartDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.profession;
import static pl.vetworkflow.internship.StudentInternshipVariables.schoolName;
import static pl.vetworkflow.internship.StudentInternshipVariables.studentMinor;
import static pl.vetworkflow.internship.StudentInternshipVariables.studentPesel;
import static pl.vetworkflow.internship.StudentInternshipVariables.tutorEmail;
import static pl.vetworkflow.internship.StudentInternshipVariables.tutorName;
import static pl.vetworkflow.internship.StudentInternshipVariables.tutorPhone;
import static pl.vetworkflow.internship.StudentInternshipVariables.workplace;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.document.DocumentIssuer;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.document.DocumentText;

/**
 * {@code ${issueInternshipAgreement}} (student-internship, end of "Przygotuj umowę trójstronną"):
 * the tripartite agreement as the pupil (or, for a minor, a parent or guardian), the employer and
 * the programme sign it; prepared again after a correction, it is the next version.
 */
@Component("issueInternshipAgreement")
public class IssueInternshipAgreementListener implements ExecutionListener {
  private final DocumentIssuer issuer;
  private final InternshipPayments payments;
  private final InternshipSettings settings;

  public IssueInternshipAgreementListener(DocumentIssuer issuer, InternshipPayments payments,
      InternshipSettings settings) {
    this.issuer = issuer;
    this.payments = payments;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new HashMap<>();
    values.put("agreementNumber", agreementNumber.getOrNull(execution));
    values.put("agreementDate", DocumentText.date(agreementDate.getOrNull(execution)));
    values.put("employerName", employerName.getOrNull(execution));
    values.put("participantName", participantName.getOrNull(execution));
    values.put("studentPesel", studentPesel.getOrNull(execution));
    values.put("schoolName", schoolName.getOrNull(execution));
    values.put("minor", Boolean.TRUE.equals(studentMinor.getOrNull(execution)));
    values.put("agreementSignatory", agreementSignatory.getOrNull(execution));
    values.put("juvenileWorker", Boolean.TRUE.equals(juvenileWorker.getOrNull(execution)));
    values.put("profession", profession.getOrNull(execution));
    values.put("plannedStartDate", DocumentText.date(plannedStartDate.getOrNull(execution)));
    values.put("plannedEndDate", DocumentText.date(plannedEndDate.getOrNull(execution)));
    Long hours = plannedHours.getOrNull(execution);
    values.put("plannedHours", hours);
    values.put("workplace", workplace.getOrNull(execution));
    values.put("tutorName", tutorName.getOrNull(execution));
    values.put("tutorEmail", tutorEmail.getOrNull(execution));
    values.put("tutorPhone", tutorPhone.getOrNull(execution));
    values.put("stipendFullAmount", DocumentText.money(settings.stipendFullAmount()));
    values.put("stipendFullHours", settings.stipendFullHours());
    values.put("plannedStipend", hours == null ? null : DocumentText.money(payments.stipend(hours)));
    values.put("tutorFullAmount", DocumentText.money(settings.tutorCompensationFullAmount()));
    issuer.issue(execution, DocumentKind.INTERNSHIP_AGREEMENT, values);
  }
}
