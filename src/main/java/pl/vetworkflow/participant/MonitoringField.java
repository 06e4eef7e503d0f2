package pl.vetworkflow.participant;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The monitoring data of a person the central monitoring system (SM EFS) asks and the registry keeps
 * beyond what the PESEL gives: its column in {@code vet_participant}, its Polish label, when it is
 * collected and which codes it takes. Stored values are codes; the export turns them into the words
 * of the configured layout. A required field left empty keeps the person from being reported.
 *
 * <p>"Odmowa podania informacji" ({@code ODMOWA}) is offered only for the special categories of
 * personal data (health, ethnic origin), where the participant may refuse to answer.
 */
public enum MonitoringField {
  CITIZENSHIP("citizenship", "Obywatelstwo", Stage.ENTRY, true, codes("PL", "EU", "NON_EU", "STATELESS")),
  COUNTRY("country", "Kraj", Stage.ENTRY, true, text(64)),
  VOIVODESHIP("voivodeship", "Województwo", Stage.ENTRY, true, text(64)),
  COUNTY("county", "Powiat", Stage.ENTRY, true, text(100)),
  COMMUNE("commune", "Gmina", Stage.ENTRY, true, text(100)),
  TOWN("town", "Miejscowość", Stage.ENTRY, true, text(100)),
  POSTAL_CODE("postal_code", "Kod pocztowy", Stage.ENTRY, true, pattern("\\d{2}-\\d{3}", "w postaci 00-000")),
  DEGURBA("degurba", "Obszar według stopnia urbanizacji (DEGURBA)", Stage.ENTRY, true, codes("1", "2", "3")),
  PHONE("phone", "Telefon kontaktowy", Stage.ENTRY, false, pattern("\\+?[0-9 ()-]{9,20}", "same cyfry, np. 600 100 200")),
  EMAIL("email", "Adres e-mail", Stage.ENTRY, false, pattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "np. jan.kowalski@example.pl")),
  EDUCATION("isced_level", "Wykształcenie", Stage.ENTRY, true, codes("ISCED0", "ISCED1", "ISCED2", "ISCED3", "ISCED4", "ISCED5-8")),
  LABOUR_STATUS("labour_status", "Status osoby na rynku pracy w chwili przystąpienia do projektu", Stage.ENTRY, true,
      codes("INACTIVE_STUDYING", "INACTIVE_OTHER", "EMPLOYED", "UNEMPLOYED_REGISTERED", "UNEMPLOYED_OTHER")),
  FOREIGN_ORIGIN("foreign_origin", "Osoba obcego pochodzenia", Stage.ENTRY, true, codes("TAK", "NIE", "ODMOWA")),
  THIRD_COUNTRY_CITIZEN("third_country_citizen", "Obywatel państwa trzeciego", Stage.ENTRY, true, codes("TAK", "NIE")),
  MINORITY("minority", "Osoba należąca do mniejszości narodowej lub etnicznej", Stage.ENTRY, true,
      codes("TAK", "NIE", "ODMOWA")),
  HOMELESS("homeless", "Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań", Stage.ENTRY, true,
      codes("TAK", "NIE")),
  DISABILITY("disability", "Osoba z niepełnosprawnościami", Stage.ENTRY, true, codes("TAK", "NIE", "ODMOWA")),
  EXIT_SITUATION("exit_situation", "Sytuacja osoby w momencie zakończenia udziału w projekcie", Stage.EXIT, true,
      codes("CONTINUES_EDUCATION", "EMPLOYED", "SEEKING_WORK", "INACTIVE", "OTHER"));

  /** When the field is asked: at the first form of support, or when the person's last one ended. */
  public enum Stage { ENTRY, EXIT }

  /** What a value may be: one of some codes, a text of at most some characters, or a text matching a pattern. */
  public record Domain(List<String> codes, int maxLength, Pattern pattern, String hint) {
    public boolean accepts(String value) {
      if (!codes.isEmpty()) {
        return codes.contains(value);
      }
      return value.length() <= maxLength && (pattern == null || pattern.matcher(value).matches());
    }
  }

  private final String column;
  private final String label;
  private final Stage stage;
  private final boolean required;
  private final Domain domain;

  MonitoringField(String column, String label, Stage stage, boolean required, Domain domain) {
    this.column = column;
    this.label = label;
    this.stage = stage;
    this.required = required;
    this.domain = domain;
  }

  /** The column of {@code vet_participant} (and of the reporting view {@code vet_report_participant}). */
  public String column() {
    return column;
  }

  /** The Polish label, as forms and the completeness view show it. */
  public String label() {
    return label;
  }

  public Stage stage() {
    return stage;
  }

  /** Whether a person without this value cannot be reported (at entry; on leaving for {@link Stage#EXIT}). */
  public boolean required() {
    return required;
  }

  public Domain domain() {
    return domain;
  }

  /** The fields collected at this stage, in catalogue order. */
  public static List<MonitoringField> of(Stage stage) {
    return Arrays.stream(values()).filter(f -> f.stage == stage).toList();
  }

  public static Optional<MonitoringField> byColumn(String column) {
    return Arrays.stream(values()).filter(f -> f.column.equals(column)).findFirst();
  }

  private static Domain codes(String... codes) {
    return new Domain(List.of(codes), 0, null, null);
  }

  private static Domain text(int maxLength) {
    return new Domain(List.of(), maxLength, null, null);
  }

  private static Domain pattern(String regex, String hint) {
    return new Domain(List.of(), 255, Pattern.compile(regex), hint);
  }
}
