package pl.vetworkflow.indicators;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checked layout of the participants export, made once at start-up from
 * {@link ParticipantExportSettings}: a column naming an unknown source, a code its source does not
 * give, a dictionary on a source without codes, a constant without a value or a wrong date pattern
 * stops the application with a message naming the property.
 */
@Component
public class ExportLayout {
  private static final String PREFIX = "vet.export.participants.";

  /** A checked column: its header, source, the word of each code (coded sources) and the constant text. */
  public record Column(String header, ExportSource source, Map<String, String> words, String value) {}

  private final List<Column> columns;
  private final DateTimeFormatter dates;
  private final String datePattern;

  public ExportLayout(ParticipantExportSettings settings) {
    try {
      this.dates = DateTimeFormatter.ofPattern(settings.dateFormat(), Locale.forLanguageTag("pl-PL"));
      dates.format(LocalDate.of(2026, 1, 31));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalStateException(PREFIX + "date-format: '" + settings.dateFormat()
          + "' is not a date pattern (e.g. yyyy-MM-dd or dd.MM.yyyy): " + e.getMessage(), e);
    }
    this.datePattern = settings.dateFormat();
    List<Column> checked = new ArrayList<>();
    for (int i = 0; i < settings.columns().size(); i++) {
      checked.add(check(PREFIX + "columns[" + i + "]", settings.columns().get(i)));
    }
    this.columns = List.copyOf(checked);
    int logged = String.join(ExportRepository.COLUMN_SEPARATOR, headers()).length();
    if (logged > ExportRepository.MAX_LOGGED_COLUMNS_LENGTH) {
      throw new IllegalStateException(PREFIX + "columns: the headers together are " + logged
          + " characters, the export log keeps at most " + ExportRepository.MAX_LOGGED_COLUMNS_LENGTH);
    }
  }

  private static Column check(String property, ParticipantExportSettings.Column column) {
    if (column.header() == null || column.header().isBlank()) {
      throw new IllegalStateException(property + ".header: every column needs a header");
    }
    if (column.source() == null || column.source().isBlank()) {
      throw new IllegalStateException(property + ".source: column '" + column.header() + "' names no source; "
          + sources());
    }
    ExportSource source;
    try {
      source = ExportSource.valueOf(column.source().strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(property + ".source: '" + column.source() + "' of column '" + column.header()
          + "' is not a source; " + sources(), e);
    }
    if (source.codes().isEmpty() && !column.dictionary().isEmpty()) {
      throw new IllegalStateException(property + ".dictionary: source " + source
          + " has no codes, its values are written as they are");
    }
    Map<String, String> words = new LinkedHashMap<>(source.defaultWords());
    column.dictionary().forEach((code, word) -> {
      if (!source.codes().contains(code)) {
        throw new IllegalStateException(property + ".dictionary: '" + code + "' is not a code of source " + source
            + " (codes: " + String.join(", ", source.codes()) + ")");
      }
      words.put(code, word == null ? "" : word);
    });
    if (source == ExportSource.CONSTANT && column.value() == null) {
      throw new IllegalStateException(property + ".value: a CONSTANT column needs a value");
    }
    if (source != ExportSource.CONSTANT && column.value() != null) {
      throw new IllegalStateException(property + ".value: only a CONSTANT column has a value (this one: " + source
          + ")");
    }
    return new Column(column.header(), source, Map.copyOf(words), column.value());
  }

  private static String sources() {
    return "sources: " + Arrays.stream(ExportSource.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  /** The configured date pattern, e.g. {@code yyyy-MM-dd}. */
  public String datePattern() {
    return datePattern;
  }

  /**
   * The cell of a column for a row: a code becomes its word, a date is formatted, a number stays a
   * {@link Integer}; empty is {@code ""}.
   */
  public Object cell(Column column, ExportSource.Line line) {
    if (column.source() == ExportSource.CONSTANT) {
      return column.value();
    }
    Object value = column.source().value(line);
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return dates.format(date);
    }
    if (value instanceof Integer number) {
      return number;
    }
    String text = value.toString();
    return column.source().codes().isEmpty() ? text : column.words().getOrDefault(text, text);
  }
}
