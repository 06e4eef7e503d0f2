package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.budgetLimit;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.fundingPeriod;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.procurementOrderId;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.schoolId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${prepareSupplierSelection}}: the coordinator approved the request. The order now counts for
 * anti-splitting (status APPROVED); the supplier selection gets the programme's funding period and the
 * budget limit: what is left of the school's budget for this order.
 */
@Component("prepareSupplierSelection")
public class PrepareSupplierSelectionDelegate implements JavaDelegate {
  private final ProcurementOrders orders;
  private final SchoolBudgets budgets;
  private final ProcurementSettings settings;

  public PrepareSupplierSelectionDelegate(ProcurementOrders orders, SchoolBudgets budgets, ProcurementSettings settings) {
    this.orders = orders;
    this.budgets = budgets;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = procurementOrderId.get(execution);
    orders.updateStatus(id, ProcurementOrders.Status.APPROVED);
    fundingPeriod.set(execution, settings.fundingPeriod());
    budgetLimit.set(execution, budgets.remaining(schoolId.getOrNull(execution), id));
  }
}
