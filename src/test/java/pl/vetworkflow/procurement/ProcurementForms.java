package pl.vetworkflow.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.validation.JsonRows;

/** Valid submissions of the procurement forms, as the Tasklist would send them; tests change single fields. */
public final class ProcurementForms {
  private ProcurementForms() {}

  /** One row of the request's items, as the form submits it. */
  public static Map<String, Object> item(String name, long quantity, double unitPrice) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(RequestItems.NAME, name);
    row.put(RequestItems.QUANTITY, quantity);
    row.put(RequestItems.UNIT_NET_PRICE, unitPrice);
    return row;
  }

  /** A request of one item row: quantity × unit price = the total the form computes. */
  public static Map<String, Object> request(String schoolId, String category, long quantity, double unitPrice, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("schoolId", schoolId);
    v.put("purchaseSubject", "Wyposażenie pracowni " + category);
    v.put("procurementCategory", category);
    v.put("profession", "technik mechatronik");
    v.put("workshop", "Pracownia mechatroniki");
    v.put("items", new ArrayList<>(List.of(item("Stanowisko dydaktyczne", quantity, unitPrice))));
    v.put("estimatedNetValue", Math.round(quantity * unitPrice * 100) / 100.0);
    v.put("estimateDate", today.toString());
    v.put("estimateMethod", "SUPPLIER_ENQUIRIES");
    v.put("justification", "Uczniowie ćwiczą na przestarzałym sprzęcie.");
    v.put("labourMarketNeed", "Pracodawcy regionu szukają techników mechatroników.");
    v.put("recommendingEmployers", "Opolskie Zakłady Mechaniczne");
    return v;
  }

  static Map<String, Object> review(String decision, String reason) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("reviewDecision", decision);
    if (reason != null) {
      v.put("reviewReason", reason);
    }
    return v;
  }

  static Map<String, Object> enquiry(String publicationNumber, LocalDate enquiryDate, LocalDate offerDeadline) {
    Map<String, Object> v = new LinkedHashMap<>();
    if (publicationNumber != null) {
      v.put("enquiryPublicationNumber", publicationNumber);
    } else {
      v.put("suppliersInvited", "Dostawca A, Dostawca B, Dostawca C");
    }
    v.put("enquiryDate", enquiryDate.toString());
    v.put("offerDeadline", offerDeadline.toString());
    return v;
  }

  /** NIPs with valid check digits. */
  static final String NIP_A = "7680002466";
  static final String NIP_B = "5260250274";

  static Map<String, Object> offers(double chosenNet) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("offersOutcome", "OFFERS");
    v.put("offers", new ArrayList<>(List.of(
        offer("Mechatronika Opole sp. z o.o.", NIP_A, chosenNet, Math.round(chosenNet * 123) / 100.0, 100L),
        offer("Edu-Tech Nysa", "526-025-02-74", chosenNet + 1000, Math.round((chosenNet + 1000) * 123) / 100.0, 90L))));
    v.put("chosenOffer", "1");
    v.put("choiceReason", "Najniższa cena, spełnia wymagania.");
    return v;
  }

  /** One offer row, as the form submits it. */
  public static Map<String, Object> offer(String supplier, String nip, double net, double gross, long score) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(Offers.SUPPLIER, supplier);
    row.put(Offers.NIP, nip);
    row.put(Offers.NET_VALUE, net);
    row.put(Offers.GROSS_VALUE, gross);
    row.put(Offers.SCORE, score);
    return row;
  }

  static Map<String, Object> noOffers() {
    return new LinkedHashMap<>(Map.of("offersOutcome", "NO_OFFERS"));
  }

  static Map<String, Object> decision(String key, String value, String reasonKey) {
    return new LinkedHashMap<>(Map.of(key, value, reasonKey, "Decyzja koordynatora projektu."));
  }

  static Map<String, Object> contract(double net, LocalDate date, LocalDate deliveryDeadline) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("contractNumber", "UM/" + date.getYear() + "/17");
    v.put("contractDate", date.toString());
    v.put("contractNetValue", net);
    v.put("contractGrossValue", Math.round(net * 123) / 100.0);
    v.put("deliveryDeadline", deliveryDeadline.toString());
    return v;
  }

  static Map<String, Object> delivery(LocalDate date, String result) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("deliveryDate", date.toString());
    v.put("protocolNumber", "PO/1/" + date.getYear());
    v.put("protocolDate", date.toString());
    v.put("acceptanceResult", result);
    if ("DEFECTS".equals(result)) {
      v.put("defectsDescription", "Uszkodzona obudowa jednego stanowiska.");
    }
    return v;
  }

  static Map<String, Object> complaint(LocalDate date, LocalDate remedyDeadline) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("complaintDate", date.toString());
    v.put("complaintDescription", "Wymiana uszkodzonej obudowy.");
    v.put("remedyDeadline", remedyDeadline.toString());
    return v;
  }

  static Map<String, Object> remedy(LocalDate date) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("remedyDate", date.toString());
    v.put("protocolNumber", "PO/2/" + date.getYear());
    v.put("protocolDate", date.toString());
    v.put("acceptanceResult", "FULL");
    return v;
  }

  /**
   * The asset register as the form submits it: the pre-filled rows (one per delivered piece of the
   * case's items) each with a number ST-&lt;year&gt;-001, -002...
   */
  static Map<String, Object> assets(Object inventoryRows, LocalDate date) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 1;
    for (Map<String, Object> row : JsonRows.of(inventoryRows)) {
      Map<String, Object> numbered = new LinkedHashMap<>(row);
      numbered.put(InventoryRows.NUMBER, "ST-" + date.getYear() + String.format("-%03d", n++));
      rows.add(numbered);
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("inventoryNumbers", rows);
    v.put("assetRegisterDate", date.toString());
    return v;
  }

  static Map<String, Object> invoice(double net, LocalDate date) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("invoiceNumber", "FV/" + date.getYear() + "/0042");
    v.put("invoiceDate", date.toString());
    v.put("invoiceNetAmount", net);
    v.put("invoiceGrossAmount", Math.round(net * 123) / 100.0);
    v.put("paymentDate", date.toString());
    return v;
  }
}
