package pl.vetworkflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.MonitoringField.Stage;

/**
 * The monitoring-data forms follow the catalogue ({@link MonitoringField}): one field per monitoring
 * field of the stage, labelled as the catalogue labels it, required where the catalogue requires it,
 * offering exactly the catalogue's codes (so "odmowa podania informacji" only where a refusal is
 * allowed), every option in Polish words.
 */
class ParticipantDataFormsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theEntryAndExitFormsAskEveryFieldOfTheirStageAsTheCatalogueDefinesIt() throws IOException {
    check("participant-data-entry", Stage.ENTRY);
    check("participant-data-exit", Stage.EXIT);
  }

  @Test
  void aRefusalIsOfferedOnlyForHealthAndOrigin() throws IOException {
    Map<String, JsonNode> fields = inputs(form("participant-data-entry"));
    List<String> withRefusal = new ArrayList<>();
    fields.forEach((key, field) -> {
      for (JsonNode option : field.path("values")) {
        if ("ODMOWA".equals(option.get("value").asText())) {
          assertThat(option.get("label").asText()).isEqualTo("odmowa podania informacji");
          withRefusal.add(key);
        }
      }
    });
    assertThat(withRefusal).containsExactly("foreignOrigin", "minority", "disability");
    assertThat(fields.get("homeless").path("values")).extracting(o -> o.get("label").asText())
        .containsExactly("tak", "nie");
    assertThat(fields.get("citizenship").path("values")).extracting(o -> o.get("label").asText()).containsExactly(
        "obywatelstwo polskie", "obywatel innego państwa UE", "obywatel państwa spoza UE", "bezpaństwowiec");
    assertThat(fields.get("voivodeship").path("values")).hasSize(16)
        .extracting(o -> o.get("value").asText()).contains("opolskie", "śląskie", "dolnośląskie");
    assertThat(fields.get("country").get("defaultValue").asText()).isEqualTo("Polska");
  }

  private static void check(String formId, Stage stage) throws IOException {
    Map<String, JsonNode> fields = inputs(form(formId));
    List<String> expectedKeys = new ArrayList<>();
    for (MonitoringField f : MonitoringField.of(stage)) {
      String key = ParticipantDataVariables.FIELD_NAMES.get(f);
      expectedKeys.add(key);
      JsonNode field = fields.get(key);
      assertThat(field).as(formId + ": " + key).isNotNull();
      assertThat(field.get("label").asText()).as(key).isEqualTo(f.label());
      assertThat(field.path("validate").path("required").asBoolean(false)).as(key + " required").isEqualTo(f.required());
      if (!f.domain().codes().isEmpty()) {
        assertThat(field.get("type").asText()).as(key).isEqualTo("select");
        List<String> values = new ArrayList<>();
        field.get("values").forEach(o -> {
          values.add(o.get("value").asText());
          assertThat(o.get("label").asText()).as(key + " option " + o.get("value"))
              .isNotEqualTo(o.get("value").asText()).matches(".*\\p{Ll}{3,}.*");
        });
        assertThat(values).as(key).containsExactlyElementsOf(f.domain().codes());
      } else if ("select".equals(field.get("type").asText())) {
        // a text the form offers as a list (the voivodeships): every choice fits the catalogue
        field.get("values").forEach(o -> assertThat(f.domain().accepts(o.get("value").asText())).as(key).isTrue());
      } else if (f.domain().pattern() == null) {
        assertThat(field.path("validate").path("maxLength").asInt()).as(key).isEqualTo(f.domain().maxLength());
      }
    }
    List<String> editable = fields.entrySet().stream().filter(e -> !e.getValue().path("readonly").asBoolean(false))
        .map(Map.Entry::getKey).toList();
    assertThat(editable).as(formId + ": its editable fields").containsExactlyElementsOf(expectedKeys);
  }

  private static JsonNode form(String id) throws IOException {
    return JSON.readTree(Path.of("forms", id + ".form").toFile());
  }

  private static Map<String, JsonNode> inputs(JsonNode form) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    form.get("components").forEach(c -> {
      if (c.has("key")) {
        fields.put(c.get("key").asText(), c);
      }
    });
    return fields;
  }
}
