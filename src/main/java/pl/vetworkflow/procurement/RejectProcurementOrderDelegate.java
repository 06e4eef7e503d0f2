package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.CLOSURE_REASON;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.PROCUREMENT_ORDER_ID;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.REVIEW_REASON;

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
    orders.updateStatus(((Number) execution.getVariable(PROCUREMENT_ORDER_ID)).longValue(), "REJECTED");
    execution.setVariable(CLOSURE_REASON, "Wniosek odrzucony przez koordynatora projektu: "
        + execution.getVariable(REVIEW_REASON));
  }
}
