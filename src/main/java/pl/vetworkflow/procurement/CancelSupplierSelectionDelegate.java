package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${cancelSupplierSelection}}: no offer and no repetition, or an offer above the budget that the
 * coordinator refused. The order is cancelled (it no longer commits any budget nor counts for
 * anti-splitting) and the reason is handed back to the caller.
 */
@Component("cancelSupplierSelection")
public class CancelSupplierSelectionDelegate implements JavaDelegate {
  private final ProcurementOrders orders;

  public CancelSupplierSelectionDelegate(ProcurementOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.updateStatus(((Number) execution.getVariable(PROCUREMENT_ORDER_ID)).longValue(), "CANCELLED");
    String reason = CANCEL.equals(execution.getVariable(OVER_BUDGET_DECISION))
        ? "Wybór wykonawcy unieważniony – wybrana oferta przekracza budżet: " + execution.getVariable(OVER_BUDGET_REASON)
        : "Wybór wykonawcy unieważniony – brak ofert: " + execution.getVariable(NO_OFFERS_REASON);
    execution.setVariable(SELECTION_OUTCOME, CANCELLED);
    execution.setVariable(SELECTION_CANCEL_REASON, reason);
  }
}
