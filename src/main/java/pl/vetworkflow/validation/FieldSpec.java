package pl.vetworkflow.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One input field of a Camunda Form, as far as the server checks it.
 *
 * @param key variable name
 * @param label Polish label (for messages)
 * @param kind what value the field holds
 * @param required form-js {@code validate.required}
 * @param readonly shown, never changed by this form
 * @param maxLength text: form-js {@code validate.maxLength}, or the default cap of the field type
 * @param minLength text: form-js {@code validate.minLength}
 * @param min number: form-js {@code validate.min}
 * @param max number: form-js {@code validate.max}
 * @param pattern text: form-js {@code validate.pattern} (whole value must match)
 * @param options select/radio: the allowed values, each with the label the person sees
 * @param decimal number: decimal digits allowed ({@code decimalDigits > 0})
 * @param optionSource select: the registry the choices come from (custom property {@code vet.options}),
 *     checked per user instead of {@code options}; null for a fixed list
 * @param conditional shown only under a FEEL condition ({@code conditional.hide}); in list rows the
 *     server cannot evaluate it, so a required column that may be hidden is left to the form's rules
 * @param columns list: the fields of one row (keys relative to the row)
 * @param maxRows list: most rows accepted (property {@code vet.maxRows}, default {@value #DEFAULT_MAX_ROWS})
 */
public record FieldSpec(String key, String label, Kind kind, boolean required, boolean readonly,
    Integer maxLength, Integer minLength, BigDecimal min, BigDecimal max, String pattern, Map<String, String> options,
    boolean decimal, String optionSource, boolean conditional, List<FieldSpec> columns, int maxRows) {
  public static final int DEFAULT_MAX_ROWS = 200;

  /** Value kinds of the form-js field types the application uses. */
  public enum Kind {
    /** textfield, textarea: String */
    TEXT,
    /** select, radio: one String of the options */
    CHOICE,
    /** number: Long (or a decimal when decimalDigits > 0) */
    NUMBER,
    /** checkbox: Boolean */
    BOOLEAN,
    /** datetime with subtype date: ISO date String yyyy-MM-dd */
    DATE,
    /**
     * dynamiclist with a {@code path}: rows the user adds and removes, submitted by Tasklist as one
     * Json array of objects; stored as a Json variable
     */
    LIST,
    /**
     * expression: a value the form computes (e.g. a total); optional in a submission, checked
     * against the server's own computation by the form's rules
     */
    COMPUTED
  }
}
