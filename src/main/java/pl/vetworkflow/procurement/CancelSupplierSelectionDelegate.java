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
    orders.updateStatus(procurementOrderId.get(execution), ProcurementOrders.Status.CANCELLED);
    String reason = CANCEL.equals(overBudgetDecision.getOrNull(execution))
        ? "Wybór wykonawcy unieważniony – wybrana oferta przekracza budżet: " + overBudgetReason.getOrNull(execution)
        : "Wybór wykonawcy unieważniony – brak ofert: " + noOffersReason.getOrNull(execution);
    selectionOutcome.set(execution, CANCELLED);
    selectionCancelReason.set(execution, reason);
  }
}
