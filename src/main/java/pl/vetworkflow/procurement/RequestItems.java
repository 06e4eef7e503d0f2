package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.MAX_ITEMS;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.itemName;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.itemQuantity;
import static pl.vetworkflow.procurement.EquipmentProcurementVariables.itemUnitNetPrice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The item rows of an equipment request (variables item&lt;n&gt;Name / Quantity / UnitNetPrice). */
public final class RequestItems {
  /** One filled row. */
  public record Item(int row, String name, long quantity, BigDecimal unitNetPrice) {
    public BigDecimal netValue() {
      return Money.of(unitNetPrice.multiply(BigDecimal.valueOf(quantity)));
    }
  }

  private RequestItems() {}

  /** The complete rows, in row order; incomplete rows are the form rules' business, not counted here. */
  public static List<Item> of(Function<String, Object> variables) {
    List<Item> items = new ArrayList<>();
    for (int n = 1; n <= MAX_ITEMS; n++) {
      Object name = variables.apply(itemName(n));
      Object quantity = variables.apply(itemQuantity(n));
      Object price = variables.apply(itemUnitNetPrice(n));
      if (name instanceof String s && !s.isBlank() && quantity instanceof Number q && price instanceof Number p) {
        items.add(new Item(n, s.trim(), q.longValue(), Money.of(p)));
      }
    }
    return items;
  }

  public static BigDecimal total(List<Item> items) {
    return Money.of(items.stream().map(Item::netValue).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** One line per item: "1. Tokarka CNC – 2 szt. × 45 000,00 zł = 90 000,00 zł". */
  public static String summary(List<Item> items) {
    return items.stream().map(i -> i.row() + ". " + i.name() + " – " + i.quantity() + " szt. × "
        + Money.display(i.unitNetPrice()) + " = " + Money.display(i.netValue())).collect(Collectors.joining("\n"));
  }
}
