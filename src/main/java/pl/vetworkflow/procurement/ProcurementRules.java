package pl.vetworkflow.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.Violations;

/** Checks shared by the procurement form rules. */
final class ProcurementRules {
  private ProcurementRules() {}

  static void require(FormSubmission s, Violations v, String key, String message) {
    if (!v.has(key) && s.text(key) == null) {
      v.add(key, message);
    }
  }

  static void notInFuture(FormSubmission s, Violations v, String key) {
    LocalDate date = s.date(key);
    LocalDate today = ProcurementCalendar.today();
    if (date != null && !v.has(key) && date.isAfter(today)) {
      v.add(key, "data " + PolishDates.format(date) + " jest w przyszłości (dziś " + PolishDates.format(today) + ")");
    }
  }

  /** {@code laterKey} must not be before {@code earlierKey}; both read from the submission or the case. */
  static void notBefore(FormSubmission s, Violations v, String laterKey, String earlierKey, String earlierLabel) {
    LocalDate later = s.date(laterKey);
    LocalDate earlier = s.date(earlierKey);
    if (later != null && earlier != null && !v.has(laterKey) && later.isBefore(earlier)) {
      v.add(laterKey, "data " + PolishDates.format(later) + " jest wcześniejsza niż " + earlierLabel + " (" + PolishDates.format(earlier) + ")");
    }
  }

  static BigDecimal amount(FormSubmission s, String key) {
    return Money.of(s.value(key));
  }

  /** Amounts in PLN have at most 2 decimals. */
  static void cents(FormSubmission s, Violations v, String key) {
    Object value = s.submitted().get(key);
    if (value != null && !v.has(key) && !Money.hasCents(value)) {
      v.add(key, "kwota może mieć najwyżej 2 miejsca po przecinku (grosze), otrzymano " + value);
    }
  }

  /** Gross at least net. */
  static void grossNotBelowNet(FormSubmission s, Violations v, String grossKey, String netKey) {
    BigDecimal gross = amount(s, grossKey);
    BigDecimal net = amount(s, netKey);
    if (gross != null && net != null && !v.has(grossKey) && gross.compareTo(net) < 0) {
      v.add(grossKey, "kwota brutto " + Money.display(gross) + " jest niższa niż kwota netto " + Money.display(net));
    }
  }
}
