package pl.vetworkflow.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.vetworkflow.validation.JsonRows;

/**
 * The item rows of an equipment request (list variable {@code items}: {@code {name, quantity,
 * unitNetPrice}}) and the inventory-number rows that follow from them, one per delivered piece.
 */
public final class RequestItems {
  public static final String NAME = "name";
  public static final String QUANTITY = "quantity";
  public static final String UNIT_NET_PRICE = "unitNetPrice";

  /** One complete row; {@code row} counts from 1 as the user sees it. */
  public record Item(int row, String name, long quantity, BigDecimal unitNetPrice) {
    public BigDecimal netValue() {
      return Money.of(unitNetPrice.multiply(BigDecimal.valueOf(quantity)));
    }
  }

  private RequestItems() {}

  /** The complete rows, in row order; incomplete rows are the form check's business, not counted here. */
  public static List<Item> of(Object variable) {
    List<Item> items = new ArrayList<>();
    List<Map<String, Object>> rows = JsonRows.of(variable);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String name = JsonRows.text(row, NAME);
      if (name != null && row.get(QUANTITY) instanceof Number q && row.get(UNIT_NET_PRICE) instanceof Number p) {
        items.add(new Item(i + 1, name, q.longValue(), Money.of(p)));
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

  /**
   * The rows of the asset register, one per delivered piece ({@code {item, piece, inventoryNumber}}),
   * with the numbers already given kept (matched by item and piece).
   */
  public static List<Map<String, Object>> inventoryRows(List<Item> items, Object given) {
    Map<String, Object> numbers = new LinkedHashMap<>();
    for (Map<String, Object> row : JsonRows.of(given)) {
      numbers.put(row.get(InventoryRows.ITEM) + "\u0000" + row.get(InventoryRows.PIECE), row.get(InventoryRows.NUMBER));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Item item : items) {
      for (long n = 1; n <= item.quantity(); n++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(InventoryRows.ITEM, item.row() + ". " + item.name());
        row.put(InventoryRows.PIECE, "szt. " + n + " z " + item.quantity());
        Object number = numbers.get(row.get(InventoryRows.ITEM) + "\u0000" + row.get(InventoryRows.PIECE));
        if (number != null) {
          row.put(InventoryRows.NUMBER, number);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
