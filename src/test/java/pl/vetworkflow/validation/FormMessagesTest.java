package pl.vetworkflow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.vetworkflow.formoptions.FormOptions;

/** What a person reads when the server refuses a form: fields by their labels, dates as dd.mm.rrrr. */
class FormMessagesTest {

  @Test
  void everyFieldOfEveryFormHasALabelToBeNamedBy() throws IOException {
    List<String> unlabelled = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(form)) {
          for (FieldSpec f : FormSchema.parse(in).fields().values()) {
            if (f.label().isBlank()) {
              unlabelled.add(form.getFileName() + ": " + f.key());
            }
            f.columns().stream().filter(c -> c.label().isBlank())
                .forEach(c -> unlabelled.add(form.getFileName() + ": " + f.key() + "." + c.key()));
          }
        }
      }
    }
    assertThat(unlabelled).as("fields a refusal could only name by their variable").isEmpty();
  }

  @Test
  void aRefusalNamesTheLabelAndKeepsTheVariableForClients() throws IOException {
    String form = """
        {"id": "dates", "components": [
          {"type": "datetime", "id": "S", "key": "startDate", "subtype": "date", "dateLabel": "Data rozpoczęcia",
           "validate": {"required": true}},
          {"type": "number", "id": "H", "key": "hours", "label": "Liczba godzin", "validate": {"max": 40}}
        ]}""";
    FormSchema schema = FormSchema.parse(new java.io.ByteArrayInputStream(form.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    FormValidator validator = new FormValidator(List.of(), new FormOptions(List.of()));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("hours", 41L);

    assertThatThrownBy(() -> validator.validate(schema, values, Map.of(), "school1", List.of()))
        .isInstanceOf(FormValidationException.class)
        .hasMessage("Nic nie zapisano, popraw formularz. „Data rozpoczęcia”: pole jest wymagane; "
            + "„Liczba godzin”: wartość 41 jest większa niż dozwolone maksimum 40")
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).containsExactly("startDate", "hours"));
  }

  @Test
  void datesInMessagesAreWrittenAsPolishUsersWriteThem() {
    assertThat(PolishDates.format(LocalDate.of(2027, 3, 9))).isEqualTo("09.03.2027");
    assertThat(new Violation("x", null, "m")).hasToString("pole x: m");
  }
}
