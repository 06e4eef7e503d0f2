package pl.vetworkflow.indicators;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The layout of the participants export ({@code vet.export.participants.*}, docs/reporting.md): the
 * date format and the columns in their order, each with its header, its {@link ExportSource source}
 * and, for a coded source, the words that replace the source's default words. Nothing configured:
 * the layout of the central monitoring system SM EFS (CST2021) below. A list of columns given in the
 * configuration replaces the whole default list. {@link ExportLayout} checks it at start-up.
 *
 * @param dateFormat the pattern of every date ({@link java.time.format.DateTimeFormatter}); default
 *     {@code yyyy-MM-dd}, the form SM EFS writes in its own participant exports and reads on import
 * @param columns the columns in order; empty: {@link #DEFAULT_COLUMNS}
 */
@ConfigurationProperties("vet.export.participants")
public record ParticipantExportSettings(String dateFormat, List<Column> columns) {
  public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

  /**
   * One column.
   *
   * @param header the header written in the first row
   * @param source the name of an {@link ExportSource} (case and {@code -}/{@code _} do not matter)
   * @param dictionary code → word, replacing the source's default word of that code (coded sources only)
   * @param value the text of a {@code CONSTANT} column
   */
  public record Column(String header, String source, Map<String, String> dictionary, String value) {
    public Column {
      dictionary = dictionary == null ? Map.of() : Map.copyOf(dictionary);
    }

    static Column of(String header, ExportSource source) {
      return new Column(header, source.name(), Map.of(), null);
    }
  }

  /** The participant list of SM EFS (CST2021), in its order. */
  public static final List<Column> DEFAULT_COLUMNS = List.of(
      Column.of("Obywatelstwo", ExportSource.CITIZENSHIP),
      Column.of("Rodzaj uczestnika", ExportSource.PARTICIPANT_KIND),
      Column.of("Nazwa instytucji", ExportSource.INSTITUTION_NAME),
      Column.of("Imię", ExportSource.FIRST_NAME),
      Column.of("Nazwisko", ExportSource.LAST_NAME),
      Column.of("PESEL", ExportSource.PESEL),
      Column.of("Brak PESEL", ExportSource.NO_PESEL),
      Column.of("Płeć", ExportSource.SEX),
      Column.of("Wiek w chwili przystąpienia do projektu", ExportSource.AGE),
      Column.of("Wykształcenie", ExportSource.EDUCATION),
      Column.of("Kraj", ExportSource.COUNTRY),
      Column.of("Województwo", ExportSource.VOIVODESHIP),
      Column.of("Powiat", ExportSource.COUNTY),
      Column.of("Gmina", ExportSource.COMMUNE),
      Column.of("Miejscowość", ExportSource.TOWN),
      Column.of("Kod pocztowy", ExportSource.POSTAL_CODE),
      Column.of("Obszar według stopnia urbanizacji (DEGURBA)", ExportSource.DEGURBA),
      Column.of("Telefon kontaktowy", ExportSource.PHONE),
      Column.of("Adres e-mail", ExportSource.EMAIL),
      Column.of("Data rozpoczęcia udziału w projekcie", ExportSource.PROJECT_START_DATE),
      Column.of("Data zakończenia udziału w projekcie", ExportSource.PROJECT_END_DATE),
      Column.of("Status osoby na rynku pracy w chwili przystąpienia do projektu", ExportSource.LABOUR_STATUS),
      Column.of("Sytuacja osoby w momencie zakończenia udziału w projekcie", ExportSource.EXIT_SITUATION),
      Column.of("Zakończenie udziału osoby w projekcie zgodnie z zaplanowaną dla niej ścieżką uczestnictwa",
          ExportSource.PATH_COMPLETED),
      Column.of("Rodzaj przyznanego wsparcia", ExportSource.SUPPORT_KIND),
      Column.of("Data rozpoczęcia udziału we wsparciu", ExportSource.SUPPORT_START_DATE),
      Column.of("Osoba obcego pochodzenia", ExportSource.FOREIGN_ORIGIN),
      Column.of("Obywatel państwa trzeciego", ExportSource.THIRD_COUNTRY_CITIZEN),
      Column.of("Osoba należąca do mniejszości narodowej lub etnicznej", ExportSource.MINORITY),
      Column.of("Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań", ExportSource.HOMELESS),
      Column.of("Osoba z niepełnosprawnościami", ExportSource.DISABILITY));

  public ParticipantExportSettings {
    dateFormat = dateFormat == null || dateFormat.isBlank() ? DEFAULT_DATE_FORMAT : dateFormat;
    columns = columns == null || columns.isEmpty() ? DEFAULT_COLUMNS : List.copyOf(columns);
  }
}
