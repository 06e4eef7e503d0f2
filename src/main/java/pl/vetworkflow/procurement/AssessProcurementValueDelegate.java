package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${assessProcurementValue}}: the value that decides the procedure (anti-splitting). Similar
 * items are valued together: this order's estimate plus every other approved order of the same
 * category in the programme (their contract value once signed). Also fixes the day of the decision,
 * from which the enquiry is published: the thresholds in force on that day apply.
 */
@Component("assessProcurementValue")
public class AssessProcurementValueDelegate implements JavaDelegate {
  private final ProcurementOrders orders;

  public AssessProcurementValueDelegate(ProcurementOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(PROCUREMENT_ORDER_ID)).longValue();
    BigDecimal estimate = Money.of(execution.getVariable(ESTIMATED_NET_VALUE));
    BigDecimal others = orders.approvedValueOfCategory((String) execution.getVariable(PROCUREMENT_CATEGORY), id);
    execution.setVariable(OTHER_ORDERS_NET_VALUE, Money.variable(others));
    execution.setVariable(AGGREGATED_NET_VALUE, Money.variable(estimate.add(others)));
    execution.setVariable(PROCEDURE_DATE, ProcurementCalendar.today().toString());
  }
}
