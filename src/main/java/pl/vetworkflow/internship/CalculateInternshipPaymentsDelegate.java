package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.ACTUAL_HOURS;
import static pl.vetworkflow.internship.StudentInternshipVariables.STIPEND_AMOUNT;
import static pl.vetworkflow.internship.StudentInternshipVariables.TUTOR_COMPENSATION;

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
    long hours = ((Number) execution.getVariable(ACTUAL_HOURS)).longValue();
    execution.setVariable(STIPEND_AMOUNT, payments.stipend(hours).toPlainString());
    execution.setVariable(TUTOR_COMPENSATION, payments.tutorCompensation(hours).toPlainString());
  }
}
