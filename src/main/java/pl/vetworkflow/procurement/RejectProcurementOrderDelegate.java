package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.closureReason;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.procurementOrderId;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.reviewReason;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${rejectProcurementOrder}}: the coordinator rejected the request; its estimate no longer uses the budget. */
@Component("rejectProcurementOrder")
public class RejectProcurementOrderDelegate implements JavaDelegate {
  private final ProcurementOrders orders;

  public RejectProcurementOrderDelegate(ProcurementOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.updateStatus(procurementOrderId.get(execution), ProcurementOrders.Status.REJECTED);
    closureReason.set(execution, "Wniosek odrzucony przez koordynatora projektu: " + reviewReason.getOrNull(execution));
  }
}
