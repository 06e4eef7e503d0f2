package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.ProcurementRules.*;
import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.Nip;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
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
    Long required = s.number(MIN_OFFER_DAYS);
    long minDays = required == null ? 0 : required;
    if (enquiry != null && deadline != null && !v.has(OFFER_DEADLINE) && !v.has(ENQUIRY_DATE)) {
      if (deadline.isBefore(enquiry.plusDays(minDays))) {
        v.add(OFFER_DEADLINE, "termin składania ofert " + PolishDates.format(deadline) + " jest za krótki: procedura wymaga co najmniej "
            + minDays + " dni od " + enquiry + " (najwcześniej " + enquiry.plusDays(minDays) + ")");
      }
    }
  }

  private static void offers(FormSubmission s, Violations v) {
    boolean noOffers = NO_OFFERS.equals(s.text(OFFERS_OUTCOME));
    List<Offers.Offer> offers = Offers.of(s.value(OFFER_ROWS));
    String chosen = s.text(CHOSEN_OFFER);
    if (noOffers) {
      if (!offers.isEmpty()) {
        v.add(OFFER_ROWS, "zaznaczono brak ofert, a wpisano " + offers.size() + " ofert(y): usuń je albo zmień odpowiedź");
      }
      if (chosen != null) {
        v.add(CHOSEN_OFFER, "zaznaczono brak ofert: nie można wybrać oferty");
      }
      return;
    }
    if (offers.isEmpty()) {
      v.add(OFFER_ROWS, "wpisz otrzymane oferty albo zaznacz brak ofert");
      return;
    }
    for (Offers.Offer o : offers) {
      String where = "wiersz " + o.row() + " (" + o.supplier() + "), ";
      if (o.nip() != null && !Nip.isValid(o.nip())) {
        v.add(OFFER_ROWS, where + "NIP: nieprawidłowy NIP '" + o.nip() + "' (10 cyfr z poprawną cyfrą kontrolną)");
      }
      if (o.netValue() != null && o.grossValue() != null && o.grossValue().compareTo(o.netValue()) < 0) {
        v.add(OFFER_ROWS, where + "Cena brutto: kwota brutto " + Money.display(o.grossValue())
            + " jest niższa niż kwota netto " + Money.display(o.netValue()));
      }
    }
    List<Map<String, Object>> rows = s.rows(OFFER_ROWS);
    for (int i = 0; i < rows.size(); i++) {
      for (String key : List.of(Offers.NET_VALUE, Offers.GROSS_VALUE)) {
        Object amount = rows.get(i).get(key);
        if (amount != null && !Money.hasCents(amount)) {
          v.add(OFFER_ROWS, "wiersz " + (i + 1) + ": kwota może mieć najwyżej 2 miejsca po przecinku (grosze),"
              + " otrzymano " + amount);
        }
      }
    }
    if (chosen == null) {
      v.add(CHOSEN_OFFER, "wskaż wybraną ofertę");
    } else if (!chosen.matches("[1-9][0-9]{0,2}") || Integer.parseInt(chosen) > offers.size()) {
      v.add(CHOSEN_OFFER, "wybrana oferta nr " + chosen + " nie została wpisana");
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
