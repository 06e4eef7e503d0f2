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
    long id = procurementOrderId.get(execution);
    BigDecimal estimate = estimatedNetValue.get(execution);
    BigDecimal others = orders.approvedValueOfCategory(procurementCategory.getOrNull(execution), id);
    otherOrdersNetValue.set(execution, others);
    aggregatedNetValue.set(execution, estimate.add(others));
    procedureDate.set(execution, ProcurementCalendar.today());
  }
}
