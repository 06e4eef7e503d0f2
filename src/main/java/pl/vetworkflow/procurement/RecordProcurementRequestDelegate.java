package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.*;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.validation.FormValidationException;
import pl.vetworkflow.validation.Violation;
import pl.vetworkflow.engine.Commands;

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
    String school = schoolId.getOrNull(execution);
    String category = procurementCategory.getOrNull(execution);
    String subject = purchaseSubject.getOrNull(execution);
    List<RequestItems.Item> requested = RequestItems.of(items.getOrNull(execution));
    BigDecimal total = RequestItems.total(requested);
    Long orderId = procurementOrderId.getOrNull(execution);
    // the reservation, checked again under the school's budget lock (the form rules took it already in
    // this transaction when the request came through a form; a start that bypassed them is caught here)
    BigDecimal remaining = budgets.remainingForReservation(school, orderId == null ? -1L : orderId);
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
      id = orders.register(ProcurementOrders.EQUIPMENT, execution.getProcessBusinessKey(),
          execution.getProcessInstanceId(), school, category, subject, total);
      procurementOrderId.set(execution, id);
      // the submitter (a school coordinator) may not write authorizations: the process grants, not the user
      Commands.withoutAuthorization(() -> caseAccess.grantToGroup(execution.getProcessInstanceId(), Groups.school(school)));
      schoolName.set(execution, organisations.school(school).map(School::name).orElse(school));
    } else {
      id = orderId;
      orders.updateRequest(id, category, subject, total);
    }
    itemCount.set(execution, (long) requested.size());
    itemsSummary.set(execution, RequestItems.summary(requested));
    estimatedNetValue.set(execution, total);
    inventoryNumbers.set(execution, RequestItems.inventoryRows(requested, inventoryNumbers.getOrNull(execution)));
    schoolBudget.set(execution, budgets.budget(school));
    remainingBudget.set(execution, budgets.remaining(school, id));
  }
}
