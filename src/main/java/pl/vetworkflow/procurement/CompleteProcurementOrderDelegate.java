package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.DURABILITY_END_DATE;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.PROCUREMENT_ORDER_ID;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.PROTOCOL_DATE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${completeProcurementOrder}}: the equipment is in the asset register and paid. Its durability
 * period ends the configured number of years after the final acceptance protocol; the date is recorded
 * on the order and in the case.
 */
@Component("completeProcurementOrder")
public class CompleteProcurementOrderDelegate implements JavaDelegate {
  private final ProcurementOrders orders;
  private final ProcurementSettings settings;

  public CompleteProcurementOrderDelegate(ProcurementOrders orders, ProcurementSettings settings) {
    this.orders = orders;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate end = LocalDate.parse((String) execution.getVariable(PROTOCOL_DATE)).plusYears(settings.durabilityYears());
    orders.complete(((Number) execution.getVariable(PROCUREMENT_ORDER_ID)).longValue(), end);
    execution.setVariable(DURABILITY_END_DATE, end.toString());
  }
}
