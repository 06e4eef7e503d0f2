package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordProcurementContract}}: the contract is signed. The order records supplier, procedure
 * and contract; from now on it commits the contract value (not the estimate) to the budget.
 */
@Component("recordProcurementContract")
public class RecordProcurementContractDelegate implements JavaDelegate {
  private final ProcurementOrders orders;

  public RecordProcurementContractDelegate(ProcurementOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = procurementOrderId.get(execution);
    orders.recordProcedure(id, procedure.getOrNull(execution));
    orders.recordContract(id, chosenSupplierName.getOrNull(execution), chosenSupplierNip.getOrNull(execution),
        contractNumber.getOrNull(execution), contractDate.get(execution), contractNetValue.getOrNull(execution),
        contractGrossValue.getOrNull(execution));
    selectionOutcome.set(execution, CONTRACTED);
  }
}
