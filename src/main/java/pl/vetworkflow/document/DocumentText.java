package pl.vetworkflow.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import pl.vetworkflow.validation.PolishDates;

/** Values as a Polish document prints them. */
public final class DocumentText {
  private DocumentText() {}

  /** "12 345,67 zł"; null stays null. */
  public static String money(BigDecimal value) {
    if (value == null) {
      return null;
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("pl-PL"));
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.00", symbols).format(value.setScale(2, RoundingMode.HALF_UP)) + " zł";
  }

  /** "31.12.2026"; null stays null. */
  public static String date(LocalDate value) {
    return value == null ? null : PolishDates.format(value);
  }
}
