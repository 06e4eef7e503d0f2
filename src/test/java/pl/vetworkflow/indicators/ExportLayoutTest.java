package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The layout as the configuration binds it (the same binder as at start-up): the default, and each
 * mistake in a changed layout refused with a message naming the property.
 */
class ExportLayoutTest {
  @Test
  void nothingConfiguredIsTheSmEfsLayout() {
    ExportLayout layout = layout(Map.of());
    assertThat(layout.headers()).containsExactlyElementsOf(SmEfsExportTest.HEADER);
    assertThat(layout.datePattern()).isEqualTo("yyyy-MM-dd");
    assertThat(layout.columns().get(7).words()).containsExactlyInAnyOrderEntriesOf(
        Map.of("K", "Kobieta", "M", "Mężczyzna"));
  }

  @Test
  void everyCodeOfEveryCodedSourceHasADefaultWord() {
    for (ExportSource source : ExportSource.values()) {
      assertThat(source.defaultWords().keySet()).as(source.name()).containsExactlyInAnyOrderElementsOf(source.codes());
      source.defaultWords().forEach((code, word) -> assertThat(word).as(source + " " + code).isNotNull());
    }
  }

  @Test
  void aDictionaryReplacesSomeWordsAndKeepsTheOthers() {
    ExportLayout layout = layout(Map.of(
        "vet.export.participants.columns[0].header", "Wykształcenie",
        "vet.export.participants.columns[0].source", "education",
        "vet.export.participants.columns[0].dictionary.[ISCED5-8]", "Wyższe (ISCED 5–8)"));
    ExportLayout.Column column = layout.columns().get(0);
    assertThat(column.source()).isEqualTo(ExportSource.EDUCATION);
    assertThat(column.words()).containsEntry("ISCED5-8", "Wyższe (ISCED 5–8)")
        .containsEntry("ISCED1", "Podstawowe (ISCED 1)");
  }

  @Test
  void aSourceNotInTheListStopsTheStartWithTheAllowedNames() {
    assertThatThrownBy(() -> layout(Map.of("vet.export.participants.columns[0].header", "PESEL",
        "vet.export.participants.columns[0].source", "PESELL")))
        .hasMessageContaining("vet.export.participants.columns[0].source: 'PESELL' of column 'PESEL' is not a source")
        .hasMessageContaining("FIRST_NAME, LAST_NAME, PESEL,");
  }

  @Test
  void aCodeTheSourceDoesNotGiveIsRefused() {
    assertThatThrownBy(() -> layout(Map.of("vet.export.participants.columns[0].header", "Płeć",
        "vet.export.participants.columns[0].source", "SEX",
        "vet.export.participants.columns[0].dictionary.F", "kobieta")))
        .hasMessage("vet.export.participants.columns[0].dictionary: 'F' is not a code of source SEX (codes: K, M)");
  }

  @Test
  void otherMistakesAreRefused() {
    assertThatThrownBy(() -> layout(Map.of("vet.export.participants.columns[0].header", "Gmina",
        "vet.export.participants.columns[0].source", "COMMUNE",
        "vet.export.participants.columns[0].dictionary.X", "Y")))
        .hasMessageContaining("columns[0].dictionary: source COMMUNE has no codes");
    assertThatThrownBy(() -> layout(Map.of("vet.export.participants.columns[0].header", "Numer projektu",
        "vet.export.participants.columns[0].source", "CONSTANT")))
        .hasMessageContaining("columns[0].value: a CONSTANT column needs a value");
    assertThatThrownBy(() -> layout(Map.of("vet.export.participants.columns[0].source", "PESEL")))
        .hasMessageContaining("columns[0].header: every column needs a header");
    assertThatThrownBy(() -> layout(Map.of("vet.export.participants.date-format", "dd.MM.yyyy ppp")))
        .hasMessageContaining("vet.export.participants.date-format: 'dd.MM.yyyy ppp' is not a date pattern");
  }

  @Test
  void theReportingDocsNameEverySourceHeaderAndDefaultWord() throws Exception {
    String docs = Files.readString(Path.of("docs/reporting.md"));
    for (ExportSource source : ExportSource.values()) {
      assertThat(docs).as("docs/reporting.md").contains("`" + source.name() + "`");
      source.defaultWords().values().stream().filter(w -> !w.isEmpty())
          .forEach(word -> assertThat(docs).as(source + " in docs/reporting.md").contains('"' + word + '"'));
    }
    ParticipantExportSettings.DEFAULT_COLUMNS.forEach(
        column -> assertThat(docs).as("docs/reporting.md").contains("| \"" + column.header() + "\" | `"));
  }

  @Test
  void noCsvCellRunsAsAFormulaInExcelAndPhoneNumbersStay() {
    assertThat(ParticipantExport.csvSafe("=HYPERLINK(\"http://x.example\";\"Anna\")"))
        .isEqualTo("'=HYPERLINK(\"http://x.example\";\"Anna\")");
    assertThat(ParticipantExport.csvSafe("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(ParticipantExport.csvSafe("-2+3")).isEqualTo("'-2+3");
    assertThat(ParticipantExport.csvSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ParticipantExport.csvSafe("\t=1")).isEqualTo("'\t=1");
    assertThat(ParticipantExport.csvSafe("+48 77 400 10 20")).isEqualTo("+48 77 400 10 20");
    assertThat(ParticipantExport.csvSafe("Anna")).isEqualTo("Anna");
    assertThat(ParticipantExport.csvSafe("")).isEqualTo("");
    assertThat(ParticipantExport.csvSafe(17)).isEqualTo(17);
  }

  static ExportLayout layout(Map<String, String> properties) {
    Map<String, String> source = new HashMap<>(properties);
    ParticipantExportSettings settings = new Binder(new MapConfigurationPropertySource(source))
        .bindOrCreate("vet.export.participants", ParticipantExportSettings.class);
    return new ExportLayout(settings);
  }
}
