package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import java.time.LocalDate;
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
    long id = ((Number) execution.getVariable(PROCUREMENT_ORDER_ID)).longValue();
    orders.recordProcedure(id, (String) execution.getVariable(PROCEDURE));
    orders.recordContract(id, (String) execution.getVariable(CHOSEN_SUPPLIER_NAME),
        (String) execution.getVariable(CHOSEN_SUPPLIER_NIP), (String) execution.getVariable(CONTRACT_NUMBER),
        LocalDate.parse((String) execution.getVariable(CONTRACT_DATE)),
        Money.of(execution.getVariable(CONTRACT_NET_VALUE)), Money.of(execution.getVariable(CONTRACT_GROSS_VALUE)));
    execution.setVariable(SELECTION_OUTCOME, CONTRACTED);
  }
}
