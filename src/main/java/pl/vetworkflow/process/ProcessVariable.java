package pl.vetworkflow.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable as the application reads and writes it: its name (as in the models and the
 * forms) and its Java type, with the conversion between that type and what the engine stores. Owner
 * classes ({@code *Variables}) declare one for each variable their feature's code reads or writes, so
 * delegates, listeners and rules never cast what {@link VariableScope#getVariable} returns.
 *
 * <p>The stored form does not change: text, Long, Double and Boolean as they are, dates as ISO
 * strings {@code yyyy-MM-dd} (the form fields' format, which the models' expressions also read), enum
 * constants by name; a feature may define its own stored form with {@link #of} (e.g. Json rows).
 *
 * <p>A value of the wrong type is a programming or modelling error: reading it fails with the
 * variable's name and the stored value's class, never the value itself (it may be a PESEL).
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {
  private final String name;
  private final String type;
  private final Function<Object, T> reader;
  private final Function<? super T, Object> writer;

  private ProcessVariable(String name, String type, Function<Object, T> reader, Function<? super T, Object> writer) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /** A String variable (a form's text field, select or radio, a display name, a decision). */
  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, "text", v -> v instanceof String s ? s : null, s -> s);
  }

  /** A whole number, stored as Long; a stored Integer (or any number) is read as Long too. */
  public static ProcessVariable<Long> whole(String name) {
    return new ProcessVariable<>(name, "whole number", v -> v instanceof Number n ? n.longValue() : null, n -> n);
  }

  /** A decimal number, stored as Double; any stored number is read as Double. */
  public static ProcessVariable<Double> decimal(String name) {
    return new ProcessVariable<>(name, "decimal number", v -> v instanceof Number n ? n.doubleValue() : null, d -> d);
  }

  /** A yes/no variable (a form's checkbox, a flag set by the process). */
  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, "yes/no", v -> v instanceof Boolean b ? b : null, b -> b);
  }

  /** A date, stored as an ISO string {@code yyyy-MM-dd} (as a form's date field submits it). */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, "date yyyy-MM-dd", ProcessVariable::isoDate, LocalDate::toString);
  }

  /** An enum constant, stored by its name (a String, as a form's select submits it). */
  public static <E extends Enum<E>> ProcessVariable<E> enumerated(String name, Class<E> type) {
    return new ProcessVariable<>(name, type.getSimpleName(), v -> constant(type, v), Enum::name);
  }

  /**
   * A variable with its own stored form: {@code reader} turns a stored (non-null) value into T, or
   * gives null when the value is not one; {@code writer} turns a (non-null) T into what is stored, a
   * plain value or a Camunda {@link org.camunda.bpm.engine.variable.value.TypedValue}.
   */
  public static <T> ProcessVariable<T> of(String name, String type, Function<Object, T> reader,
      Function<? super T, Object> writer) {
    return new ProcessVariable<>(name, type, reader, writer);
  }

  /** The variable's name, as the models and the forms spell it. */
  public String name() {
    return name;
  }

  /** The value; the variable must be set (not null). */
  public T get(VariableScope scope) {
    return require(getOrNull(scope));
  }

  /** The value, or null when the variable is absent or null. */
  public T getOrNull(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  /** The value in a map of variables (e.g. a case's current variables); it must be set. */
  public T get(Map<String, ?> variables) {
    return require(getOrNull(variables));
  }

  /** The value in a map of variables, or null when absent or null. */
  public T getOrNull(Map<String, ?> variables) {
    return read(variables.get(name));
  }

  /** Whether the scope (or a parent scope) has the variable, even with a null value. */
  public boolean isDefined(VariableScope scope) {
    return scope.hasVariable(name);
  }

  /** Sets the variable where the engine would (the scope that already has it, else the process instance). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : writer.apply(value));
  }

  private T read(Object stored) {
    if (stored == null) {
      return null;
    }
    T value = reader.apply(stored);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' holds a " + stored.getClass().getName()
          + ", expected: " + type);
    }
    return value;
  }

  private T require(T value) {
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' (" + type + ") is not set");
    }
    return value;
  }

  private static LocalDate isoDate(Object stored) {
    if (!(stored instanceof String text)) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, Object stored) {
    if (!(stored instanceof String text)) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return name + " (" + type + ")";
  }
}
