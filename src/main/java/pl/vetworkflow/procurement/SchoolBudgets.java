package pl.vetworkflow.procurement;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;

/** A school's equipment budget (configuration) and what is left of it (the orders table). PLN net. */
@Component
public class SchoolBudgets {
  private final ProcurementSettings settings;
  private final ProcurementOrders orders;
  private final OrganisationRepository organisations;

  public SchoolBudgets(ProcurementSettings settings, ProcurementOrders orders, OrganisationRepository organisations) {
    this.settings = settings;
    this.orders = orders;
    this.organisations = organisations;
  }

  public BigDecimal budget(String schoolId) {
    return Money.of(settings.schoolBudget(schoolId));
  }

  /**
   * What is left for a reservation: locks the school's budget (its row in vet_school) for the rest of
   * the transaction first, see {@link OrganisationRepository#lockSchool}. Call it in the transaction
   * that then registers or changes the order.
   */
  public BigDecimal remainingForReservation(String schoolId, long excludedOrderId) {
    organisations.lockSchool(schoolId);
    return remaining(schoolId, excludedOrderId);
  }

  /** The budget minus every order of the school other than {@code excludedOrderId} (-1: none) still committed. */
  public BigDecimal remaining(String schoolId, long excludedOrderId) {
    return Money.of(budget(schoolId).subtract(orders.committedBySchool(schoolId, excludedOrderId)));
  }
}
