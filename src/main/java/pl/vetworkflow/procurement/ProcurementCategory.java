package pl.vetworkflow.procurement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kinds of items for anti-splitting: orders of one category are similar items and are valued
 * together. The request form offers exactly these values (select {@code procurementCategory}).
 */
public final class ProcurementCategory {
  /** Value → Polish label, in the form's order. */
  public static final Map<String, String> EQUIPMENT;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("IT_EQUIPMENT", "Sprzęt komputerowy i sieciowy");
    m.put("SOFTWARE", "Oprogramowanie");
    m.put("MACHINE_TOOLS", "Obrabiarki i narzędzia do obróbki");
    m.put("ELECTRICAL", "Sprzęt elektryczny, elektroniczny i pomiarowy");
    m.put("AUTOMOTIVE", "Wyposażenie warsztatu samochodowego");
    m.put("CATERING", "Sprzęt gastronomiczny");
    m.put("CONSTRUCTION", "Narzędzia i sprzęt budowlany");
    m.put("WORKSHOP_FURNITURE", "Meble i wyposażenie pracowni");
    m.put("TEACHING_AIDS", "Pomoce dydaktyczne i modele");
    m.put("OTHER", "Inne");
    EQUIPMENT = Collections.unmodifiableMap(m);
  }

  private ProcurementCategory() {}
}
