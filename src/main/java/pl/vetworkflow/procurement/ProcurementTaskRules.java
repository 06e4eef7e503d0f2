package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.*;
import static pl.vetworkflow.procurement.ProcurementRules.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.JsonRows;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.Violations;

/** Business rules of the equipment-procurement task forms (coordinator, school, accounting). */
@Component
public class ProcurementTaskRules implements FormRules {
  private final SchoolBudgets budgets;

  public ProcurementTaskRules(SchoolBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public Set<String> formIds() {
    return Set.of("procurement-review", "procurement-closure-notice", "procurement-delivery-acceptance",
        "procurement-complaint", "procurement-remedy-acceptance", "procurement-asset-register",
        "procurement-invoice-payment");
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    switch (s.formId()) {
      case "procurement-review" -> review(s, v);
      case "procurement-closure-notice" -> { }
      case "procurement-delivery-acceptance" -> {
        notInFuture(s, v, DELIVERY_DATE);
        notBefore(s, v, DELIVERY_DATE, CONTRACT_DATE, "data zawarcia umowy");
        acceptance(s, v, DELIVERY_DATE, "data dostawy");
      }
      case "procurement-complaint" -> {
        notInFuture(s, v, COMPLAINT_DATE);
        notBefore(s, v, COMPLAINT_DATE, PROTOCOL_DATE, "data protokołu odbioru");
        if (!v.has(REMEDY_DEADLINE) && !v.has(COMPLAINT_DATE) && s.date(REMEDY_DEADLINE) != null
            && !s.date(REMEDY_DEADLINE).isAfter(s.date(COMPLAINT_DATE))) {
          v.add(REMEDY_DEADLINE, "termin usunięcia wad musi przypadać po dacie reklamacji (" + PolishDates.format(s.date(COMPLAINT_DATE)) + ")");
        }
      }
      case "procurement-remedy-acceptance" -> {
        notInFuture(s, v, REMEDY_DATE);
        notBefore(s, v, REMEDY_DATE, COMPLAINT_DATE, "data reklamacji");
        acceptance(s, v, REMEDY_DATE, "data usunięcia wad");
      }
      case "procurement-asset-register" -> assets(s, v);
      case "procurement-invoice-payment" -> invoice(s, v);
      default -> throw new IllegalStateException("No rules for form " + s.formId());
    }
  }

  private void review(FormSubmission s, Violations v) {
    String decision = s.text(REVIEW_DECISION);
    if (!APPROVE.equals(decision)) {
      require(s, v, REVIEW_REASON, "podaj uzasadnienie odrzucenia lub zwrotu do poprawy");
      return;
    }
    BigDecimal value = amount(s, ESTIMATED_NET_VALUE);
    Long orderId = procurementOrderId.getOrNull(s.current());
    BigDecimal remaining = budgets.remaining(s.text(SCHOOL_ID), orderId == null ? -1L : orderId);
    if (value != null && value.compareTo(remaining) > 0) {
      v.add(REVIEW_DECISION, "nie można zatwierdzić: wartość wniosku " + Money.display(value)
          + " przekracza pozostały budżet szkoły " + Money.display(remaining) + "; odrzuć lub zwróć do poprawy");
    }
  }

  private static void acceptance(FormSubmission s, Violations v, String eventKey, String eventLabel) {
    notInFuture(s, v, PROTOCOL_DATE);
    notBefore(s, v, PROTOCOL_DATE, eventKey, eventLabel);
    if (DEFECTS.equals(s.text(ACCEPTANCE_RESULT))) {
      require(s, v, DEFECTS_DESCRIPTION, "opisz stwierdzone wady (odbiór z zastrzeżeniami)");
    }
  }

  /**
   * One inventory number per delivered piece: the rows are the pieces of the order (pre-filled by the
   * process; the order was accepted in full, so what was delivered is what was ordered), each with a
   * number, no number twice.
   */
  private static void assets(FormSubmission s, Violations v) {
    List<Map<String, Object>> expected = RequestItems.inventoryRows(RequestItems.of(s.current().get(ITEMS)), null);
    List<Map<String, Object>> rows = s.rows(INVENTORY_NUMBERS);
    if (rows.size() != expected.size()) {
      v.add(INVENTORY_NUMBERS, "podano " + rows.size() + " wiersz(e/y), a dostarczono " + expected.size()
          + " szt.: każda sztuka ma mieć jeden numer inwentarzowy");
    } else {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = rows.get(i);
        Map<String, Object> piece = expected.get(i);
        String where = "wiersz " + (i + 1) + " (" + piece.get(InventoryRows.ITEM) + ", " + piece.get(InventoryRows.PIECE)
            + "), Numer inwentarzowy: ";
        if (!piece.get(InventoryRows.ITEM).equals(row.get(InventoryRows.ITEM))
            || !piece.get(InventoryRows.PIECE).equals(row.get(InventoryRows.PIECE))) {
          v.add(INVENTORY_NUMBERS, "wiersz " + (i + 1) + ": wiersze nie odpowiadają dostarczonym sztukom – otwórz"
              + " zadanie ponownie");
          break;
        }
        String number = JsonRows.text(row, InventoryRows.NUMBER);
        if (number == null) {
          v.add(INVENTORY_NUMBERS, where + "podaj numer inwentarzowy tej sztuki");
          continue;
        }
        Integer earlier = seen.putIfAbsent(number.toUpperCase(Locale.ROOT), i + 1);
        if (earlier != null) {
          v.add(INVENTORY_NUMBERS, where + "numer '" + number + "' jest już w wierszu " + earlier);
        }
      }
    }
    notInFuture(s, v, ASSET_REGISTER_DATE);
    notBefore(s, v, ASSET_REGISTER_DATE, PROTOCOL_DATE, "data protokołu odbioru");
  }

  private static void invoice(FormSubmission s, Violations v) {
    cents(s, v, INVOICE_NET_AMOUNT);
    cents(s, v, INVOICE_GROSS_AMOUNT);
    notInFuture(s, v, INVOICE_DATE);
    notBefore(s, v, INVOICE_DATE, CONTRACT_DATE, "data zawarcia umowy");
    notInFuture(s, v, PAYMENT_DATE);
    notBefore(s, v, PAYMENT_DATE, INVOICE_DATE, "data faktury");
    grossNotBelowNet(s, v, INVOICE_GROSS_AMOUNT, INVOICE_NET_AMOUNT);
    BigDecimal net = amount(s, INVOICE_NET_AMOUNT);
    BigDecimal contractNet = amount(s, CONTRACT_NET_VALUE);
    if (net != null && contractNet != null && !v.has(INVOICE_NET_AMOUNT) && net.compareTo(contractNet) > 0) {
      v.add(INVOICE_NET_AMOUNT, "kwota netto faktury " + Money.display(net) + " przekracza wartość netto umowy "
          + Money.display(contractNet));
    }
    BigDecimal gross = amount(s, INVOICE_GROSS_AMOUNT);
    BigDecimal contractGross = amount(s, CONTRACT_GROSS_VALUE);
    if (gross != null && contractGross != null && !v.has(INVOICE_GROSS_AMOUNT) && gross.compareTo(contractGross) > 0) {
      v.add(INVOICE_GROSS_AMOUNT, "kwota brutto faktury " + Money.display(gross) + " przekracza wartość brutto umowy "
          + Money.display(contractGross));
    }
  }
}
