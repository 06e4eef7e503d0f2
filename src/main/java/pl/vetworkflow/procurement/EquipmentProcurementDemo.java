package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An equipment request and its approval as the school and the coordinator fill them in, for the demo
 * cases ({@code demo.DemoCases}): the demo starts cases through the feature's own names, so it never
 * spells another feature's variables.
 */
public final class EquipmentProcurementDemo {
  public static final String PROCESS_KEY = EquipmentProcurementVariables.PROCESS_KEY;

  private EquipmentProcurementDemo() {}

  /** The start form's variables: four PLC training stations for a mechatronics workshop, estimated {@code today}. */
  public static Map<String, Object> request(String schoolId, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(SCHOOL_ID, schoolId);
    v.put(PURCHASE_SUBJECT, "Wyposażenie pracowni automatyki");
    v.put(PROCUREMENT_CATEGORY, "ELECTRICAL");
    v.put(PROFESSION, "technik mechatronik");
    v.put(WORKSHOP, "Pracownia mechatroniki");
    v.put(ITEMS, List.of(Map.of(RequestItems.NAME, "Stanowisko dydaktyczne PLC",
        RequestItems.QUANTITY, 4L, RequestItems.UNIT_NET_PRICE, 6250.0)));
    v.put(ESTIMATED_NET_VALUE, 25000.0);
    v.put(ESTIMATE_DATE, today.toString());
    v.put(ESTIMATE_METHOD, "SUPPLIER_ENQUIRIES");
    v.put(JUSTIFICATION, "Uczniowie ćwiczą na przestarzałych sterownikach.");
    v.put(LABOUR_MARKET_NEED, "Pracodawcy regionu szukają techników mechatroników.");
    v.put(RECOMMENDING_EMPLOYERS, "Opolskie Zakłady Mechaniczne");
    return v;
  }

  /** The coordinator's review form: approved. */
  public static Map<String, Object> approval() {
    return Map.of(REVIEW_DECISION, APPROVE);
  }
}
