package pl.vetworkflow.procurement;

/**
 * Columns of the asset register's rows (list variable {@code inventoryNumbers}), one row per delivered
 * piece, pre-filled with the item and the piece: the school types one inventory number a row.
 */
public final class InventoryRows {
  /** String, read-only: "1. Tokarka CNC". */
  public static final String ITEM = "item";
  /** String, read-only: "szt. 2 z 5". */
  public static final String PIECE = "piece";
  /** String, the inventory number of this piece. */
  public static final String NUMBER = "inventoryNumber";

  private InventoryRows() {}
}
