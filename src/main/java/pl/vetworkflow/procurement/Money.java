package pl.vetworkflow.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import pl.vetworkflow.document.DocumentText;
import pl.vetworkflow.process.ProcessVariable;

/** PLN amounts: BigDecimal with 2 decimals in Java and the database, Double in process variables. */
public final class Money {
  private Money() {}

  public static BigDecimal of(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** A process variable (Number) as an amount; null stays null. */
  public static BigDecimal of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal b) {
      return of(b);
    }
    if (value instanceof Number n) {
      return of(new BigDecimal(n.toString()));
    }
    throw new IllegalArgumentException("not an amount: " + value);
  }

  /** Whether a submitted number has at most 2 decimals. */
  public static boolean hasCents(Object value) {
    return value instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 2;
  }

  /** The value stored in a process variable. */
  public static Double variable(BigDecimal value) {
    return value == null ? null : of(value).doubleValue();
  }

  /** An amount variable: Double in the engine, BigDecimal with 2 decimals in Java. */
  public static ProcessVariable<BigDecimal> processVariable(String name) {
    return ProcessVariable.of(name, "amount (PLN)", v -> v instanceof Number ? of(v) : null, Money::variable);
  }

  /** Polish display: "12 345,67 zł". */
  public static String display(BigDecimal value) {
    return DocumentText.money(of(value));
  }
}
