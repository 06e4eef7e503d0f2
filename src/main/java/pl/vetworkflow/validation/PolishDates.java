package pl.vetworkflow.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Polish users read them in messages: dd.mm.rrrr (the stored value stays ISO). */
public final class PolishDates {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private PolishDates() {
  }

  public static String format(LocalDate date) {
    return date == null ? "" : FORMAT.format(date);
  }
}
