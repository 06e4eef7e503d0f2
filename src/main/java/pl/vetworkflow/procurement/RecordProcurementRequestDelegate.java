package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.*;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.validation.FormValidationException;
import pl.vetworkflow.validation.JsonRows;
import pl.vetworkflow.validation.Violation;

/**
 * {@code ${recordProcurementRequest}}: at the start, numbers the case (ZS/&lt;year&gt;/&lt;nnnn&gt;), registers
 * the order in vet_procurement_order (it commits its estimate to the school's budget from now on) and
 * lets the school see the case; after a correction, updates the order. Both times it prepares what the
 * coordinator's review shows: the items summary and the school's budget.
 */
@Component("recordProcurementRequest")
public class RecordProcurementRequestDelegate implements JavaDelegate {
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;
  private final ProcurementOrders orders;
  private final SchoolBudgets budgets;
  private final OrganisationRepository organisations;

  public RecordProcurementRequestDelegate(CaseNumbers caseNumbers, CaseAccess caseAccess, ProcurementOrders orders,
      SchoolBudgets budgets, OrganisationRepository organisations) {
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
    this.orders = orders;
    this.budgets = budgets;
    this.organisations = organisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String schoolId = (String) execution.getVariable(SCHOOL_ID);
    String category = (String) execution.getVariable(PROCUREMENT_CATEGORY);
    String subject = (String) execution.getVariable(PURCHASE_SUBJECT);
    List<RequestItems.Item> items = RequestItems.of(execution.getVariable(ITEMS));
    BigDecimal total = RequestItems.total(items);
    Object orderId = execution.getVariable(PROCUREMENT_ORDER_ID);
    // the reservation, checked again under the school's budget lock (the form rules took it already in
    // this transaction when the request came through a form; a start that bypassed them is caught here)
    BigDecimal remaining = budgets.remainingForReservation(schoolId, orderId instanceof Number n ? n.longValue() : -1L);
    if (total.compareTo(remaining) > 0) {
      throw new FormValidationException(orderId == null ? ProcurementRequestRules.REQUEST_FORM
          : ProcurementRequestRules.CORRECTION_FORM, List.of(new Violation(ESTIMATED_NET_VALUE, "Szacunkowa wartość netto razem",
          "wartość wniosku " + Money.display(total) + " przekracza pozostały budżet szkoły na wyposażenie: "
              + Money.display(remaining))));
    }
    long id;
    if (orderId == null) {
      if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
        execution.setProcessBusinessKey(caseNumbers.next(CASE_PREFIX));
      }
      id = orders.register("EQUIPMENT", execution.getProcessBusinessKey(), execution.getProcessInstanceId(), schoolId,
          category, subject, total);
      execution.setVariable(PROCUREMENT_ORDER_ID, id);
      // the submitter (a school coordinator) may not write authorizations: the process grants, not the user
      Context.getCommandContext().runWithoutAuthorization(
          () -> {
            caseAccess.grantToGroup(execution.getProcessInstanceId(), Groups.school(schoolId));
            return null;
          });
      execution.setVariable(SCHOOL_NAME, organisations.school(schoolId).map(School::name).orElse(schoolId));
    } else {
      id = ((Number) orderId).longValue();
      orders.updateRequest(id, category, subject, total);
    }
    execution.setVariable(ITEM_COUNT, (long) items.size());
    execution.setVariable(ITEMS_SUMMARY, RequestItems.summary(items));
    execution.setVariable(ESTIMATED_NET_VALUE, Money.variable(total));
    execution.setVariable(INVENTORY_NUMBERS, JsonRows.json(RequestItems.inventoryRows(items,
        execution.getVariable(INVENTORY_NUMBERS))));
    execution.setVariable(SCHOOL_BUDGET, Money.variable(budgets.budget(schoolId)));
    execution.setVariable(REMAINING_BUDGET, Money.variable(budgets.remaining(schoolId, id)));
  }
}
