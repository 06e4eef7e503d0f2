package pl.vetworkflow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

/** The list kind of a form (a form-js dynamiclist with a path): rows checked column by column, named by row. */
class ListFieldValidationTest {
  static final String FORM = """
      {"id": "lists", "components": [
        {"type": "dynamiclist", "id": "L", "path": "people", "isRepeating": true, "validate": {"required": true},
         "properties": {"vet.maxRows": "3"},
         "components": [
           {"type": "textfield", "id": "P", "key": "pesel", "label": "PESEL",
            "validate": {"required": true, "pattern": "^[0-9]{11}$"}},
           {"type": "number", "id": "A", "key": "age", "label": "Wiek", "validate": {"min": 18}},
           {"type": "select", "id": "R", "key": "role", "label": "Rola", "values": [{"label": "uczeń", "value": "S"}],
            "conditional": {"hide": "=age = null"}, "validate": {"required": true}}
         ]},
        {"type": "expression", "id": "T", "key": "total", "expression": "=count(people)"}
      ]}""";

  final FormSchema schema = parse();
  final FormValidator validator = new FormValidator(List.of(), new pl.vetworkflow.formoptions.FormOptions(List.of()));

  static FormSchema parse() {
    try {
      return FormSchema.parse(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Map<String, Object> submit(Object people) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("people", people);
    validator.validate(schema, values, Map.of(), "school1", List.of());
    return values;
  }

  @Test
  void theFormIsReadAsOneListFieldWithItsColumns() {
    assertThat(schema.fields()).containsOnlyKeys("people", "total");
    FieldSpec people = schema.fields().get("people");
    assertThat(people.kind()).isEqualTo(FieldSpec.Kind.LIST);
    assertThat(people.maxRows()).isEqualTo(3);
    assertThat(people.columns()).extracting(FieldSpec::key).containsExactly("pesel", "age", "role");
    assertThat(schema.fields().get("total").kind()).isEqualTo(FieldSpec.Kind.COMPUTED);
  }

  @Test
  void validRowsFromTasklistsJsonAreNormalisedAndStoredAsOneJsonVariable() {
    Object tasklist = Spin.JSON("[{\"pesel\": \"08251401011\", \"age\": 18.0}, {\"pesel\": \"08251401012\"}]");
    Map<String, Object> values = submit(tasklist);
    assertThat(values.get("people")).isInstanceOf(JsonValue.class);
    assertThat(JsonRows.of(values.get("people"))).containsExactly(
        Map.of("pesel", "08251401011", "age", 18), Map.of("pesel", "08251401012"));
  }

  @Test
  void everyInvalidCellIsNamedByRowAndColumn() {
    assertThatThrownBy(() -> submit(List.of(Map.of("pesel", "08251401011"), Map.of("pesel", "123", "age", 17L),
        Map.of("age", 20L, "extra", "x"))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("wiersz 2, PESEL: wartość ma nieprawidłowy format")
        .hasMessageContaining("wiersz 2, Wiek: wartość 17 jest mniejsza niż dozwolone minimum 18")
        .hasMessageContaining("wiersz 3: nieznane pole extra")
        .hasMessageContaining("wiersz 3, PESEL: pole jest wymagane")
        .hasMessageNotContaining("Rola: pole jest wymagane"); // may be hidden: the form's rules decide
  }

  @Test
  void emptyTooLongAndNonListValuesAreRefused() {
    assertThatThrownBy(() -> submit(List.of())).hasMessageContaining("pole people: dodaj co najmniej jeden wiersz");
    assertThatThrownBy(() -> submit(null)).hasMessageContaining("pole people: dodaj co najmniej jeden wiersz");
    Map<String, Object> row = Map.of("pesel", "08251401011");
    assertThatThrownBy(() -> submit(List.of(row, row, row, row))).hasMessageContaining("za dużo wierszy: 4, dozwolone 3");
    assertThatThrownBy(() -> submit("nie lista")).hasMessageContaining("oczekiwano listy wierszy");
    assertThatThrownBy(() -> submit(List.of("tekst"))).hasMessageContaining("wiersz 1: oczekiwano wiersza z polami");
  }
}
