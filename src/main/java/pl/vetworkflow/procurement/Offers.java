package pl.vetworkflow.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.validation.JsonRows;

/** The offer rows of the supplier selection (list variable {@code offers}). */
public final class Offers {
  public static final String SUPPLIER = "supplier";
  public static final String NIP = "nip";
  public static final String NET_VALUE = "netValue";
  public static final String GROSS_VALUE = "grossValue";
  public static final String SCORE = "score";

  /** One offer; {@code row} counts from 1 as the user sees it (and as {@code chosenOffer} names it). */
  public record Offer(int row, String supplier, String nip, BigDecimal netValue, BigDecimal grossValue, Long score) {}

  private Offers() {}

  /** Every row, typed as far as it is filled (the form check makes the columns required). */
  public static List<Offer> of(Object variable) {
    List<Offer> offers = new ArrayList<>();
    List<Map<String, Object>> rows = JsonRows.of(variable);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> r = rows.get(i);
      offers.add(new Offer(i + 1, JsonRows.text(r, SUPPLIER), JsonRows.text(r, NIP), Money.of(r.get(NET_VALUE)),
          Money.of(r.get(GROSS_VALUE)), r.get(SCORE) instanceof Number n ? n.longValue() : null));
    }
    return offers;
  }
}
