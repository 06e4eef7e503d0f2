package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.PROCUREMENT_ORDER_ID;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.SCHOOL_ID;
import static pl.vetworkflow.procurement.SupplierSelectionVariables.BUDGET_LIMIT;
import static pl.vetworkflow.procurement.SupplierSelectionVariables.FUNDING_PERIOD;

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
    long id = ((Number) execution.getVariable(PROCUREMENT_ORDER_ID)).longValue();
    orders.updateStatus(id, "APPROVED");
    execution.setVariable(FUNDING_PERIOD, settings.fundingPeriod());
    execution.setVariable(BUDGET_LIMIT,
        Money.variable(budgets.remaining((String) execution.getVariable(SCHOOL_ID), id)));
  }
}
