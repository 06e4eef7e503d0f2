package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.*;
import static pl.vetworkflow.procurement.ProcurementRules.cents;
import static pl.vetworkflow.procurement.ProcurementRules.notInFuture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.SchoolChecks;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the equipment request (start form) and of its correction: a known school of the
 * submitter, complete item rows, a total (computed by the form) that equals the items, within what is left of the
 * school's budget, a recent estimate.
 */
@Component
public class ProcurementRequestRules implements FormRules {
  static final String REQUEST_FORM = "procurement-request";
  static final String CORRECTION_FORM = "procurement-request-correction";
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  private final SchoolChecks schools;
  private final SchoolBudgets budgets;
  private final ProcurementSettings settings;

  public ProcurementRequestRules(SchoolChecks schools, SchoolBudgets budgets,
      ProcurementSettings settings) {
    this.schools = schools;
    this.budgets = budgets;
    this.settings = settings;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(REQUEST_FORM, CORRECTION_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    String schoolId = s.text(SCHOOL_ID);
    // a correction keeps the school the request was made for: only the start form checks the requester
    boolean knownSchool = REQUEST_FORM.equals(s.formId()) ? schools.ownSchool(s, v, SCHOOL_ID)
        : schools.knownSchool(s, v, SCHOOL_ID);
    List<RequestItems.Item> items = RequestItems.of(s.value(ITEMS));
    checkItems(s, v);
    BigDecimal total = RequestItems.total(items);
    BigDecimal declared = ProcurementRules.amount(s, ESTIMATED_NET_VALUE);
    if (!v.has(ITEMS) && !items.isEmpty()) {
      // the form computes the total; a different one (a stale or a hand-made submission) is refused;
      // recordProcurementRequest stores the server's total either way
      if (declared != null && declared.subtract(total).abs().compareTo(HALF_CENT) >= 0) {
        v.add(ESTIMATED_NET_VALUE, "szacunkowa wartość netto " + Money.display(declared)
            + " nie zgadza się z sumą pozycji (ilość × cena jednostkowa netto): " + Money.display(total));
      } else if (knownSchool && !v.has(SCHOOL_ID)) {
        {
          Long orderId = procurementOrderId.getOrNull(s.current());
          // locks the school's budget until the start / completion commits: concurrent requests queue here
          BigDecimal remaining = budgets.remainingForReservation(schoolId, orderId == null ? -1L : orderId);
          if (total.compareTo(remaining) > 0) {
            v.add(ESTIMATED_NET_VALUE, "wartość wniosku " + Money.display(total)
                + " przekracza pozostały budżet szkoły na wyposażenie: " + Money.display(remaining));
          }
        }
      }
    }
    LocalDate estimateDate = s.date(ESTIMATE_DATE);
    notInFuture(s, v, ESTIMATE_DATE);
    if (estimateDate != null && !v.has(ESTIMATE_DATE)
        && estimateDate.isBefore(ProcurementCalendar.today().minusDays(settings.estimateMaxAgeDays()))) {
      v.add(ESTIMATE_DATE, "szacowanie z " + PolishDates.format(estimateDate) + " jest starsze niż " + settings.estimateMaxAgeDays()
          + " dni: oszacuj wartość ponownie");
    }
    if ("OTHER".equals(s.text(ESTIMATE_METHOD))) {
      ProcurementRules.require(s, v, ESTIMATE_METHOD_DESCRIPTION, "opisz sposób oszacowania wartości");
    }
  }

  /** Rows are typed by the form check (name, quantity, price required); prices in whole grosze. */
  private static void checkItems(FormSubmission s, Violations v) {
    List<Map<String, Object>> rows = s.rows(ITEMS);
    if (rows.isEmpty()) {
      v.add(ITEMS, "podaj co najmniej jedną pozycję");
    }
    for (int i = 0; i < rows.size(); i++) {
      Object price = rows.get(i).get(RequestItems.UNIT_NET_PRICE);
      if (price != null && !Money.hasCents(price)) {
        v.add(ITEMS, "wiersz " + (i + 1) + ", Cena jednostkowa netto: kwota może mieć najwyżej 2 miejsca po przecinku"
            + " (grosze), otrzymano " + price);
      }
    }
  }
}
