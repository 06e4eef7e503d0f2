package pl.vetworkflow.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * List variables (the rows of a form's dynamiclist) as plain Java: a list of rows, each a map from
 * column key to a String, Long, Double or Boolean. Reads what a variable may hold (a Json variable as
 * Spin gives it, JSON text, or a Java list from the application's own calls) and writes the Json
 * variable that Tasklist and Cockpit show as an array.
 */
public final class JsonRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Object>> LIST = new TypeReference<>() {};

  private JsonRows() {}

  /**
   * The elements of a list variable, each as submitted (a row should be a Map); null is an empty list.
   *
   * @throws IllegalArgumentException when the value is not a list
   */
  public static List<Object> elements(Object value) {
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    String text = value instanceof SpinJsonNode node ? node.toString() : value instanceof String s ? s : null;
    if (text == null) {
      throw new IllegalArgumentException("oczekiwano listy wierszy, otrzymano " + value.getClass().getSimpleName());
    }
    if (text.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(text, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("oczekiwano listy wierszy (tablicy JSON)");
    }
  }

  /** The rows of a list variable the form check has accepted (every element a map). */
  public static List<Map<String, Object>> of(Object value) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object element : elements(value)) {
      Map<String, Object> row = new LinkedHashMap<>();
      if (element instanceof Map<?, ?> map) {
        map.forEach((k, v) -> row.put(String.valueOf(k), v));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A Json variable holding the rows (or any list / map of plain values). */
  public static JsonValue json(Object rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rows cannot be written as JSON", e);
    }
  }

  /** A cell as trimmed text; blank is null. */
  public static String text(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v == null || v.toString().isBlank() ? null : v.toString().strip();
  }
}
