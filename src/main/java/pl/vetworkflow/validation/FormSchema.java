package pl.vetworkflow.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.formoptions.FormOptions;

/**
 * The fields of one Camunda Form (form-js JSON, schema as the 7.24 Tasklist renders it): the form is
 * the single declaration of what a task or start event accepts, and the server checks submissions
 * against it because the browser's checks can be skipped by anyone calling REST.
 */
public record FormSchema(String formId, Map<String, FieldSpec> fields) {
  /** Cap for text fields that declare no maxLength (textfield / textarea). */
  static final int DEFAULT_TEXTFIELD_MAX = 500;
  static final int DEFAULT_TEXTAREA_MAX = 4000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The Polish label of a field (a list's column keys are relative and not looked up), null if unknown. */
  public String label(String key) {
    FieldSpec f = fields.get(key);
    return f == null || f.label().isBlank() ? null : f.label();
  }

  public static FormSchema parse(InputStream json) throws IOException {
    JsonNode root = JSON.readTree(json);
    Map<String, FieldSpec> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields);
    return new FormSchema(root.path("id").asText(), Collections.unmodifiableMap(fields));
  }

  private static void collect(JsonNode components, Map<String, FieldSpec> fields) {
    for (JsonNode c : components) {
      if (isList(c)) {
        Map<String, FieldSpec> columns = new LinkedHashMap<>();
        collect(c.path("components"), columns);
        String path = c.path("path").asText();
        int maxRows = c.path("properties").has("vet.maxRows")
            ? Integer.parseInt(c.path("properties").path("vet.maxRows").asText()) : FieldSpec.DEFAULT_MAX_ROWS;
        fields.put(path, new FieldSpec(path, c.path("label").asText(""), FieldSpec.Kind.LIST,
            c.path("validate").path("required").asBoolean(false), c.path("readonly").asBoolean(false)
            || c.path("disabled").asBoolean(false), null, null, null, null, null, Map.of(), false, null,
            c.has("conditional"), List.copyOf(columns.values()), maxRows));
        continue;
      }
      if (c.has("components")) {
        collect(c.path("components"), fields);
      }
      String key = c.path("key").asText(null);
      FieldSpec.Kind kind = kind(c);
      if (key == null || kind == null) {
        continue; // text, image, button, spacer, table...: nothing submitted
      }
      JsonNode v = c.path("validate");
      Map<String, String> options = new LinkedHashMap<>();
      for (JsonNode o : c.path("values")) {
        options.put(o.path("value").asText(), o.path("label").asText(o.path("value").asText()));
      }
      Integer maxLength = null;
      if (v.has("maxLength")) {
        maxLength = v.get("maxLength").asInt();
      } else if (kind == FieldSpec.Kind.TEXT) {
        maxLength = "textarea".equals(c.path("type").asText()) ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXTFIELD_MAX;
      }
      fields.put(key, new FieldSpec(key, label(c), kind, v.path("required").asBoolean(false),
          c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false), maxLength,
          v.has("minLength") ? v.get("minLength").asInt() : null,
          v.has("min") ? new BigDecimal(v.get("min").asText()) : null,
          v.has("max") ? new BigDecimal(v.get("max").asText()) : null,
          v.has("pattern") ? v.get("pattern").asText() : null,
          Collections.unmodifiableMap(options),
          kind == FieldSpec.Kind.COMPUTED || c.path("decimalDigits").asInt(0) > 0, FormOptions.sourceName(c),
          c.has("conditional"), List.of(), 0));
    }
  }

  /** A dynamiclist whose rows are one array variable ({@code path}); without a path it is only a layout. */
  private static boolean isList(JsonNode c) {
    return "dynamiclist".equals(c.path("type").asText()) && c.path("isRepeating").asBoolean(true)
        && !c.path("path").asText("").isBlank();
  }

  private static FieldSpec.Kind kind(JsonNode component) {
    return switch (component.path("type").asText()) {
      case "textfield", "textarea" -> FieldSpec.Kind.TEXT;
      // options computed in the browser (FEEL over other fields): the form's rules check the value
      case "select", "radio" -> component.has("valuesExpression") ? FieldSpec.Kind.TEXT : FieldSpec.Kind.CHOICE;
      case "number" -> FieldSpec.Kind.NUMBER;
      case "checkbox" -> FieldSpec.Kind.BOOLEAN;
      case "datetime" -> FieldSpec.Kind.DATE;
      case "expression" -> FieldSpec.Kind.COMPUTED;
      default -> null;
    };
  }

  /** The label a person sees: a date field's is {@code dateLabel}; a computed value has none on screen. */
  private static String label(JsonNode c) {
    String label = c.path("label").asText("");
    if (label.isBlank()) {
      label = c.path("dateLabel").asText("");
    }
    if (label.isBlank()) {
      label = c.path("properties").path("vet.label").asText("");
    }
    return label;
  }
}
