package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.durabilityEndDate;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.procurementOrderId;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.protocolDate;

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
    LocalDate end = protocolDate.get(execution).plusYears(settings.durabilityYears());
    orders.complete(procurementOrderId.get(execution), end);
    durabilityEndDate.set(execution, end);
  }
}
