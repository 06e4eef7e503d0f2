package pl.vetworkflow.validation;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;
import pl.vetworkflow.formoptions.FormOptionSource;
import pl.vetworkflow.formoptions.FormOptions;
import pl.vetworkflow.formoptions.FormUser;

/**
 * Checks a submission against its form (unknown fields, required, type, length, range, pattern,
 * options, read-only fields) and then against the {@link FormRules} of that form. Normalises the
 * submitted map in place (integer numbers become Long, dates become {@code yyyy-MM-dd} strings, texts
 * are trimmed), so what is stored has one type per variable whatever client sent it.
 */
@Component
public class FormValidator {
  private final Map<String, List<FormRules>> rulesByForm = new HashMap<>();
  private final FormOptions options;

  public FormValidator(List<FormRules> rules, FormOptions options) {
    this.options = options;
    for (FormRules r : rules) {
      for (String formId : r.formIds()) {
        rulesByForm.computeIfAbsent(formId, k -> new ArrayList<>()).add(r);
      }
    }
  }

  /**
   * @param values the submitted variables (changed in place: normalised, read-only echoes removed)
   * @throws FormValidationException naming every invalid field
   */
  public void validate(FormSchema schema, Map<String, Object> values, Map<String, Object> current,
      String userId, List<String> groupIds) {
    Violations violations = new Violations(schema::label);
    for (String key : List.copyOf(values.keySet())) {
      if (!schema.fields().containsKey(key)) {
        violations.add(key, "nieznane pole: formularz go nie zawiera");
      }
    }
    FormUser user = userId == null ? FormUser.SYSTEM : new FormUser(userId, groupIds);
    for (FieldSpec field : schema.fields().values()) {
      checkField(field, values, current, user, violations);
    }
    if (violations.isEmpty()) {
      FormSubmission submission = new FormSubmission(schema.formId(), values, current, userId,
          groupIds == null ? List.of() : groupIds);
      for (FormRules rules : rulesByForm.getOrDefault(schema.formId(), List.of())) {
        rules.check(submission, violations);
      }
    }
    if (!violations.isEmpty()) {
      throw new FormValidationException(schema.formId(), violations.list());
    }
    for (FieldSpec field : schema.fields().values()) {
      if (field.kind() == FieldSpec.Kind.LIST && values.get(field.key()) instanceof List<?> rows) {
        values.put(field.key(), JsonRows.json(rows)); // one Json array variable, as Tasklist submits it
      }
    }
  }

  private void checkField(FieldSpec f, Map<String, Object> values, Map<String, Object> current, FormUser user,
      Violations violations) {
    String key = f.key();
    if (f.readonly()) {
      if (values.containsKey(key)) {
        if (!sameValue(values.get(key), current.get(key))) {
          violations.add(key, "pole tylko do odczytu nie może zostać zmienione");
        } else {
          values.remove(key); // an echo of the shown value: nothing to write
        }
      }
      return;
    }
    Object raw = values.get(key);
    if (raw instanceof String s && s.isBlank()) {
      raw = null;
    }
    if (raw == null) {
      if (f.required()) {
        violations.add(key, f.kind() == FieldSpec.Kind.LIST ? "dodaj co najmniej jeden wiersz" : "pole jest wymagane");
      } else if (values.containsKey(key)) {
        values.put(key, null); // a field left empty is stored as no value, not as "", whatever the client sent
      }
      return;
    }
    if (f.kind() == FieldSpec.Kind.LIST) {
      List<Map<String, Object>> rows = rows(f, raw, user, violations);
      if (rows != null) {
        values.put(key, rows);
      }
      return;
    }
    try {
      values.put(key, normalise(f, raw, user));
    } catch (IllegalArgumentException e) {
      violations.add(key, e.getMessage());
    }
  }

  private Object normalise(FieldSpec f, Object raw, FormUser user) {
    return switch (f.kind()) {
      case TEXT -> text(f, raw);
      case CHOICE -> f.optionSource() != null ? registryChoice(f, raw, user) : choice(f, raw);
      case NUMBER, COMPUTED -> number(f, raw);
      case BOOLEAN -> bool(f, raw);
      case DATE -> date(raw);
      case LIST -> throw new IllegalStateException("a list inside a list row is not supported: " + f.key());
    };
  }

  /**
   * The rows of a list field, each checked column by column like a top-level field; a message names
   * the row as the user counts it ("wiersz 3, PESEL: ..."). Null when a row is invalid. Read-only
   * columns (shown, pre-filled by the process) are kept for the rules to match the row to the case;
   * a column that the form may hide is not required here: the form's rules decide.
   */
  private List<Map<String, Object>> rows(FieldSpec f, Object raw, FormUser user, Violations violations) {
    List<Object> elements;
    try {
      elements = JsonRows.elements(raw);
    } catch (IllegalArgumentException e) {
      violations.add(f.key(), e.getMessage());
      return null;
    }
    if (elements.isEmpty()) {
      if (f.required()) {
        violations.add(f.key(), "dodaj co najmniej jeden wiersz");
      }
      return f.required() ? null : List.of();
    }
    if (elements.size() > f.maxRows()) {
      violations.add(f.key(), "za dużo wierszy: " + elements.size() + ", dozwolone " + f.maxRows());
      return null;
    }
    Map<String, FieldSpec> columns = new LinkedHashMap<>();
    f.columns().forEach(c -> columns.put(c.key(), c));
    boolean valid = true;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      String where = "wiersz " + (i + 1);
      if (!(elements.get(i) instanceof Map<?, ?> element)) {
        violations.add(f.key(), where + ": oczekiwano wiersza z polami, otrzymano " + elements.get(i));
        valid = false;
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (Map.Entry<?, ?> cell : element.entrySet()) {
        String column = String.valueOf(cell.getKey());
        if (!columns.containsKey(column)) {
          violations.add(f.key(), where + ": nieznane pole " + column);
          valid = false;
        }
      }
      for (FieldSpec c : columns.values()) {
        Object cell = element.get(c.key());
        if (cell instanceof String t && t.isBlank()) {
          cell = null;
        }
        if (cell == null) {
          if (c.required() && !c.readonly() && !c.conditional()) {
            violations.add(f.key(), where + ", " + c.label() + ": pole jest wymagane");
            valid = false;
          }
          continue;
        }
        try {
          row.put(c.key(), c.readonly() ? cell instanceof String t ? t.strip() : cell : normalise(c, cell, user));
        } catch (IllegalArgumentException e) {
          violations.add(f.key(), where + ", " + c.label() + ": " + e.getMessage());
          valid = false;
        }
      }
      rows.add(row);
    }
    return valid ? rows : null;
  }

  private static String text(FieldSpec f, Object raw) {
    if (!(raw instanceof String s)) {
      throw new IllegalArgumentException("oczekiwano tekstu (String), otrzymano " + raw.getClass().getSimpleName());
    }
    String t = s.trim();
    if (f.maxLength() != null && t.length() > f.maxLength()) {
      throw new IllegalArgumentException("tekst jest za długi: " + t.length() + " znaków, dozwolone " + f.maxLength());
    }
    if (f.minLength() != null && t.length() < f.minLength()) {
      throw new IllegalArgumentException("tekst jest za krótki: " + t.length() + " znaków, wymagane " + f.minLength());
    }
    if (f.pattern() != null && !matches(f.pattern(), t)) {
      throw new IllegalArgumentException("wartość ma nieprawidłowy format");
    }
    return t;
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Invalid pattern in form: " + pattern, e);
    }
  }

  private static String choice(FieldSpec f, Object raw) {
    if (!(raw instanceof String s) || !f.options().containsKey(s.trim())) {
      throw new IllegalArgumentException("niedozwolona wartość '" + raw + "': wybierz jedną z pozycji: "
          + String.join(", ", f.options().values()));
    }
    return s.trim();
  }

  private String registryChoice(FieldSpec f, Object raw, FormUser user) {
    FormOptionSource source = options.source(f.optionSource());
    if (!(raw instanceof String s) || !source.allows(user, s.trim())) {
      throw new IllegalArgumentException(source.refusal(user, String.valueOf(raw)));
    }
    return s.trim();
  }

  private static Object number(FieldSpec f, Object raw) {
    if (!(raw instanceof Number n)) {
      throw new IllegalArgumentException("oczekiwano liczby, otrzymano " + raw.getClass().getSimpleName());
    }
    BigDecimal value = new BigDecimal(n.toString());
    if (!f.decimal() && value.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("oczekiwano liczby całkowitej, otrzymano " + n);
    }
    if (f.min() != null && value.compareTo(f.min()) < 0) {
      throw new IllegalArgumentException("wartość " + plain(value) + " jest mniejsza niż dozwolone minimum " + plain(f.min()));
    }
    if (f.max() != null && value.compareTo(f.max()) > 0) {
      throw new IllegalArgumentException("wartość " + plain(value) + " jest większa niż dozwolone maksimum " + plain(f.max()));
    }
    return f.decimal() ? (Object) value.doubleValue() : (Object) value.longValueExact();
  }

  /** A number as a Polish reader writes it: 0,5 (decimal comma). */
  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static Boolean bool(FieldSpec f, Object raw) {
    if (!(raw instanceof Boolean b)) {
      throw new IllegalArgumentException("oczekiwano wartości logicznej (Boolean), otrzymano " + raw.getClass().getSimpleName());
    }
    if (f.required() && !b) {
      throw new IllegalArgumentException("pole musi zostać zaznaczone");
    }
    return b;
  }

  private static String date(Object raw) {
    if (raw instanceof Date d) {
      SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
      format.setTimeZone(TimeZone.getTimeZone("Europe/Warsaw"));
      return format.format(d);
    }
    if (raw instanceof String s) {
      try {
        return LocalDate.parse(s.trim()).toString();
      } catch (DateTimeParseException e) {
        // falls through
      }
    }
    throw new IllegalArgumentException("oczekiwano daty w formacie RRRR-MM-DD, otrzymano '" + raw + "'");
  }

  private static boolean sameValue(Object submitted, Object current) {
    if (submitted instanceof String s && s.isBlank()) {
      submitted = null;
    }
    if (current instanceof String s && s.isBlank()) {
      current = null;
    }
    if (isListValue(submitted) || isListValue(current)) {
      try {
        return JsonRows.elements(submitted).equals(JsonRows.elements(current));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    if (submitted instanceof Number a && current instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(submitted == null ? null : submitted.toString(), current == null ? null : current.toString());
  }

  private static boolean isListValue(Object value) {
    return value instanceof List<?> || value instanceof org.camunda.spin.json.SpinJsonNode;
  }
}
