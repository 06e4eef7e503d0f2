package pl.vetworkflow.indicators;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.vetworkflow.indicators.ExportRepository.Person;
import pl.vetworkflow.indicators.ExportRepository.Support;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.support.SupportRegistry.Kind;
import pl.vetworkflow.support.SupportRegistry.Status;

/**
 * Where a column of the participants export takes its value from: the closed set of names a column
 * of {@code vet.export.participants.columns} may name as its {@code source}. A coded source has its
 * codes and their default words (the words of the central monitoring system SM EFS); a column's
 * {@code dictionary} replaces some or all of them. Dates are written in the configured date format.
 */
public enum ExportSource {
  /** Obywatelstwo (monitoring data). */
  CITIZENSHIP(MonitoringField.CITIZENSHIP, words(
      "PL", "Obywatelstwo polskie",
      "EU", "Brak polskiego obywatelstwa – obywatel kraju UE",
      "NON_EU", "Brak polskiego obywatelstwa lub UE",
      "STATELESS", "Bezpaństwowiec")),
  /**
   * Rodzaj uczestnika: a pupil takes part for themselves; a teacher or a PNZ instructor is supported
   * as a member of the staff of their institution.
   */
  PARTICIPANT_KIND(line -> line.person().participantType(), words(
      "STUDENT", "Indywidualny",
      "TEACHER", "Pracownik lub przedstawiciel instytucji",
      "INSTRUCTOR", "Pracownik lub przedstawiciel instytucji")),
  /** Nazwa instytucji: the school's name for a teacher or an instructor, empty for a pupil. */
  INSTITUTION_NAME(line -> "STUDENT".equals(line.person().participantType()) ? null : line.person().schoolName()),
  /** The school's name, for every participant (not in the default layout). */
  SCHOOL_NAME(line -> line.person().schoolName()),
  FIRST_NAME(line -> line.person().firstName()),
  LAST_NAME(line -> line.person().lastName()),
  PESEL(line -> line.person().pesel()),
  /** Brak PESEL: everyone in the registry has a PESEL (it is how persons are told apart). */
  NO_PESEL(line -> "NIE", words("TAK", "Tak", "NIE", "Nie")),
  /** Płeć, from the PESEL. */
  SEX(line -> line.person().sex(), words("K", "Kobieta", "M", "Mężczyzna")),
  /** Wiek w chwili przystąpienia do projektu: full years on the day of the first form of support. */
  AGE(line -> Period.between(line.person().birthDate(), line.person().firstSupportDate()).getYears()),
  /** Wykształcenie: the ISCED level (monitoring data). */
  EDUCATION(MonitoringField.EDUCATION, words(
      "ISCED0", "Niższe niż podstawowe (ISCED 0)",
      "ISCED1", "Podstawowe (ISCED 1)",
      "ISCED2", "Gimnazjalne (ISCED 2)",
      "ISCED3", "Ponadgimnazjalne (ISCED 3)",
      "ISCED4", "Policealne (ISCED 4)",
      "ISCED5-8", "Wyższe (ISCED 5-8)")),
  COUNTRY(MonitoringField.COUNTRY),
  VOIVODESHIP(MonitoringField.VOIVODESHIP),
  COUNTY(MonitoringField.COUNTY),
  COMMUNE(MonitoringField.COMMUNE),
  TOWN(MonitoringField.TOWN),
  POSTAL_CODE(MonitoringField.POSTAL_CODE),
  DEGURBA(MonitoringField.DEGURBA, words(
      "1", "1 – Miasta (obszary gęsto zaludnione)",
      "2", "2 – Małe miasta i przedmieścia (obszary o średniej gęstości zaludnienia)",
      "3", "3 – Obszary wiejskie (obszary słabo zaludnione)")),
  PHONE(MonitoringField.PHONE),
  EMAIL(MonitoringField.EMAIL),
  /** Data rozpoczęcia udziału w projekcie: the start of the person's first form of support. */
  PROJECT_START_DATE(line -> line.person().firstSupportDate()),
  /**
   * Data zakończenia udziału w projekcie: the end of the person's last form of support, once none is
   * running; empty while one runs.
   */
  PROJECT_END_DATE(line -> ended(line.person())
      ? line.person().supports().stream().map(Support::end).filter(Objects::nonNull).max(LocalDate::compareTo)
          .orElse(null)
      : null),
  /** Status osoby na rynku pracy w chwili przystąpienia do projektu (monitoring data). */
  LABOUR_STATUS(MonitoringField.LABOUR_STATUS, words(
      "INACTIVE_STUDYING", "Osoba bierna zawodowo",
      "INACTIVE_OTHER", "Osoba bierna zawodowo",
      "EMPLOYED", "Osoba pracująca",
      "UNEMPLOYED_REGISTERED", "Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy",
      "UNEMPLOYED_OTHER", "Osoba bezrobotna niezarejestrowana w ewidencji urzędów pracy")),
  /** The "w tym" of the labour status (not in the default layout): whether an inactive person studies. */
  LABOUR_STATUS_DETAIL(line -> line.person().monitoring().get(MonitoringField.LABOUR_STATUS),
      MonitoringField.LABOUR_STATUS.domain().codes(), words(
      "INACTIVE_STUDYING", "Osoba ucząca się",
      "INACTIVE_OTHER", "Osoba nieuczestnicząca w kształceniu lub szkoleniu",
      "EMPLOYED", "",
      "UNEMPLOYED_REGISTERED", "",
      "UNEMPLOYED_OTHER", "")),
  /** Sytuacja osoby w momencie zakończenia udziału w projekcie (monitoring data, asked on leaving). */
  EXIT_SITUATION(MonitoringField.EXIT_SITUATION, words(
      "CONTINUES_EDUCATION", "Kontynuuje kształcenie",
      "EMPLOYED", "Osoba pracująca",
      "SEEKING_WORK", "Osoba poszukująca pracy",
      "INACTIVE", "Osoba bierna zawodowo",
      "OTHER", "Inne")),
  /**
   * Zakończenie udziału osoby w projekcie zgodnie z zaplanowaną dla niej ścieżką uczestnictwa: TAK when
   * every form of support was completed, NIE when one was dropped or not completed, empty while one
   * runs (or the person has none).
   */
  PATH_COMPLETED(ExportSource::pathCompleted, words("TAK", "Tak", "NIE", "Nie")),
  /** Rodzaj przyznanego wsparcia: the kind of the row's form of support. */
  SUPPORT_KIND(line -> line.support() == null ? null : line.support().kind().name(),
      Arrays.stream(Kind.values()).map(Kind::name).toList(), words(
      Kind.STUDENT_INTERNSHIP.name(), "Staż uczniowski u pracodawcy",
      Kind.TEACHER_INTERNSHIP.name(), "Staż nauczyciela u pracodawcy",
      Kind.STUDENT_QUALIFICATION_COURSE.name(), "Kurs kwalifikacyjny dla uczniów",
      Kind.STUDENT_COMPETENCE_COURSE.name(), "Kurs kompetencyjny dla uczniów",
      Kind.TEACHER_COURSE.name(), "Kurs dla nauczycieli",
      Kind.PNZ_INSTRUCTOR_COURSE.name(), "Kurs instruktora praktycznej nauki zawodu",
      Kind.SPECIALIST_CLASSES.name(), "Zajęcia specjalistyczne",
      Kind.KEY_COMPETENCE_CLASSES.name(), "Zajęcia z kompetencji kluczowych",
      Kind.SCIENCE_CAMP.name(), "Obóz naukowy",
      Kind.STUDY_VISIT.name(), "Wizyta studyjna u pracodawcy",
      Kind.JOB_FAIR.name(), "Targi pracy lub targi edukacyjne",
      Kind.CAREER_COUNSELLING.name(), "Doradztwo edukacyjno-zawodowe")),
  /** Data rozpoczęcia udziału we wsparciu: the start of the row's form of support. */
  SUPPORT_START_DATE(line -> line.support() == null ? null : line.support().start()),
  /** The end of the row's form of support (not in the default layout). */
  SUPPORT_END_DATE(line -> line.support() == null ? null : line.support().end()),
  FOREIGN_ORIGIN(MonitoringField.FOREIGN_ORIGIN, YesNoRefusal.WORDS),
  THIRD_COUNTRY_CITIZEN(MonitoringField.THIRD_COUNTRY_CITIZEN, YesNoRefusal.WORDS),
  MINORITY(MonitoringField.MINORITY, YesNoRefusal.WORDS),
  HOMELESS(MonitoringField.HOMELESS, YesNoRefusal.WORDS),
  DISABILITY(MonitoringField.DISABILITY, YesNoRefusal.WORDS),
  /**
   * The Polish labels of the required monitoring data not collected yet (on entry; on leaving too once
   * the participation ended: {@link DataCompleteness#missing}), comma-separated: for the office's own
   * checks, not in the default layout.
   */
  MISSING_DATA(ExportSource::missingData),
  /** The column's {@code value}, the same on every row (e.g. the project's number). */
  CONSTANT(line -> null);

  /** One row of the export: a person and one of their forms of support (none for a person without). */
  public record Line(Person person, Support support) {}

  private final Function<Line, Object> value;
  private final List<String> codes;
  private final Map<String, String> words;

  ExportSource(Function<Line, Object> value) {
    this(value, List.of(), Map.of());
  }

  ExportSource(Function<Line, Object> value, Map<String, String> words) {
    this(value, List.copyOf(words.keySet()), words);
  }

  ExportSource(Function<Line, Object> value, List<String> codes, Map<String, String> words) {
    this.value = value;
    this.codes = List.copyOf(codes);
    this.words = words;
  }

  ExportSource(MonitoringField field) {
    this(line -> line.person().monitoring().get(field));
  }

  /** A coded monitoring field: its codes are the field's, the words those of {@code words} for them. */
  ExportSource(MonitoringField field, Map<String, String> words) {
    this(line -> line.person().monitoring().get(field), field.domain().codes(),
        field.domain().codes().stream().collect(Collectors.toMap(c -> c, words::get, (a, b) -> a, LinkedHashMap::new)));
  }

  /** The raw value for a row: a code or a text ({@link String}), a {@link LocalDate}, a number; null = empty. */
  Object value(Line line) {
    return value.apply(line);
  }

  /** The codes this source gives (empty: a text, a date or a number, written as it is). */
  public List<String> codes() {
    return codes;
  }

  /** The default word of each code (SM EFS). */
  public Map<String, String> defaultWords() {
    return words;
  }

  private static boolean ended(Person person) {
    return !person.supports().isEmpty() && person.supports().stream().noneMatch(s -> s.status() == Status.IN_PROGRESS);
  }

  private static Object pathCompleted(Line line) {
    if (!ended(line.person())) {
      return null;
    }
    return line.person().supports().stream().allMatch(s -> s.status() == Status.COMPLETED) ? "TAK" : "NIE";
  }

  private static Object missingData(Line line) {
    // the one rule of who cannot be reported yet
    List<MonitoringField> missing = DataCompleteness.missing(line.person().monitoring(), ended(line.person()));
    return missing.isEmpty() ? null
        : missing.stream().map(MonitoringField::label).collect(Collectors.joining(", "));
  }

  private static Map<String, String> words(String... codeAndWord) {
    Map<String, String> words = new LinkedHashMap<>();
    for (int i = 0; i < codeAndWord.length; i += 2) {
      words.put(codeAndWord[i], codeAndWord[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(words);
  }

  /** The words of the TAK / NIE / ODMOWA answers. */
  private static final class YesNoRefusal {
    static final Map<String, String> WORDS = words("TAK", "Tak", "NIE", "Nie", "ODMOWA", "Odmowa podania informacji");
  }
}
