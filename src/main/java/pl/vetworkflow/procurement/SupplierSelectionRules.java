package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.ProcurementRules.*;
import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.Nip;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.Violations;

/** Business rules of the supplier-selection forms (the procurement officer, a coordinator). */
@Component
public class SupplierSelectionRules implements FormRules {
  @Override
  public Set<String> formIds() {
    return Set.of("supplier-enquiry", "supplier-offers", "supplier-no-offers-decision",
        "supplier-over-budget-decision", "supplier-contract");
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    switch (s.formId()) {
      case "supplier-enquiry" -> enquiry(s, v);
      case "supplier-offers" -> offers(s, v);
      case "supplier-no-offers-decision", "supplier-over-budget-decision" -> { }
      case "supplier-contract" -> contract(s, v);
      default -> throw new IllegalStateException("No rules for form " + s.formId());
    }
  }

  private static void enquiry(FormSubmission s, Violations v) {
    if (s.isTrue(PUBLICATION_REQUIRED)) {
      require(s, v, ENQUIRY_PUBLICATION_NUMBER, "procedura " + s.text(PROCEDURE_NAME)
          + " wymaga publikacji zapytania: podaj numer ogłoszenia");
    }
    if (PRICE_SURVEY.equals(s.text(PROCEDURE))) {
      require(s, v, SUPPLIERS_INVITED, "rozeznanie rynku: wymień dostawców, do których wysłano zapytanie");
    }
    notInFuture(s, v, ENQUIRY_DATE);
    notBefore(s, v, ENQUIRY_DATE, PROCEDURE_DATE, "data ustalenia procedury");
    LocalDate enquiry = s.date(ENQUIRY_DATE);
    LocalDate deadline = s.date(OFFER_DEADLINE);
    long minDays = s.value(MIN_OFFER_DAYS) instanceof Number n ? n.longValue() : 0;
    if (enquiry != null && deadline != null && !v.has(OFFER_DEADLINE) && !v.has(ENQUIRY_DATE)) {
      if (deadline.isBefore(enquiry.plusDays(minDays))) {
        v.add(OFFER_DEADLINE, "termin składania ofert " + deadline + " jest za krótki: procedura wymaga co najmniej "
            + minDays + " dni od " + enquiry + " (najwcześniej " + enquiry.plusDays(minDays) + ")");
      }
    }
  }

  private static void offers(FormSubmission s, Violations v) {
    boolean noOffers = NO_OFFERS.equals(s.text(OFFERS_OUTCOME));
    int filled = 0;
    for (int n = 1; n <= MAX_OFFERS; n++) {
      String[] keys = {offerSupplier(n), offerNip(n), offerNetValue(n), offerGrossValue(n), offerScore(n)};
      boolean any = false;
      for (String key : keys) {
        any |= s.value(key) != null && !(s.value(key) instanceof String t && t.isBlank());
      }
      if (!any) {
        continue;
      }
      filled++;
      if (noOffers) {
        v.add(offerSupplier(n), "zaznaczono brak ofert, a wpisano ofertę nr " + n);
        continue;
      }
      for (String key : keys) {
        if (!v.has(key) && (s.value(key) == null || s.value(key) instanceof String t && t.isBlank())) {
          v.add(key, "oferta " + n + ": uzupełnij wszystkie dane oferty");
        }
      }
      String nip = s.text(offerNip(n));
      if (nip != null && !v.has(offerNip(n)) && !Nip.isValid(nip)) {
        v.add(offerNip(n), "oferta " + n + ": nieprawidłowy NIP '" + nip + "' (10 cyfr z poprawną cyfrą kontrolną)");
      }
      cents(s, v, offerNetValue(n));
      cents(s, v, offerGrossValue(n));
      grossNotBelowNet(s, v, offerGrossValue(n), offerNetValue(n));
    }
    String chosen = s.text(CHOSEN_OFFER);
    if (noOffers) {
      if (chosen != null) {
        v.add(CHOSEN_OFFER, "zaznaczono brak ofert: nie można wybrać oferty");
      }
      return;
    }
    if (filled == 0) {
      v.add(offerSupplier(1), "wpisz otrzymane oferty albo zaznacz brak ofert");
      return;
    }
    if (chosen == null) {
      v.add(CHOSEN_OFFER, "wskaż wybraną ofertę");
    } else if (s.text(offerSupplier(Integer.parseInt(chosen))) == null) {
      v.add(CHOSEN_OFFER, "oferta nr " + chosen + " nie została wpisana");
    }
    require(s, v, CHOICE_REASON, "uzasadnij wybór oferty");
  }

  private static void contract(FormSubmission s, Violations v) {
    cents(s, v, CONTRACT_NET_VALUE);
    cents(s, v, CONTRACT_GROSS_VALUE);
    notInFuture(s, v, CONTRACT_DATE);
    notBefore(s, v, CONTRACT_DATE, ENQUIRY_DATE, "data zapytania ofertowego");
    notBefore(s, v, DELIVERY_DEADLINE, CONTRACT_DATE, "data zawarcia umowy");
    grossNotBelowNet(s, v, CONTRACT_GROSS_VALUE, CONTRACT_NET_VALUE);
    BigDecimal net = amount(s, CONTRACT_NET_VALUE);
    BigDecimal chosen = amount(s, CHOSEN_NET_VALUE);
    if (net != null && chosen != null && !v.has(CONTRACT_NET_VALUE) && net.compareTo(chosen) > 0) {
      v.add(CONTRACT_NET_VALUE, "wartość netto umowy " + Money.display(net) + " przekracza wybraną ofertę "
          + Money.display(chosen));
    }
  }
}
