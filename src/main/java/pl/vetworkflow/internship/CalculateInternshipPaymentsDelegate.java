package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.actualHours;
import static pl.vetworkflow.internship.StudentInternshipVariables.stipendAmount;
import static pl.vetworkflow.internship.StudentInternshipVariables.tutorCompensation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${calculateInternshipPayments}}: stipend and tutor compensation from the confirmed hours. */
@Component("calculateInternshipPayments")
public class CalculateInternshipPaymentsDelegate implements JavaDelegate {
  private final InternshipPayments payments;

  public CalculateInternshipPaymentsDelegate(InternshipPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long hours = actualHours.get(execution);
    stipendAmount.set(execution, payments.stipend(hours).toPlainString());
    tutorCompensation.set(execution, payments.tutorCompensation(hours).toPlainString());
  }
}
