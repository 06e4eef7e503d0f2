package pl.vetworkflow.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.indicators.CompletenessReport.FieldColumn;
import pl.vetworkflow.indicators.CompletenessReport.PersonRow;
import pl.vetworkflow.indicators.CompletenessReport.SchoolRow;
import pl.vetworkflow.notification.DataGaps;
import pl.vetworkflow.participant.MonitoringData;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.MonitoringField.Stage;
import pl.vetworkflow.support.SupportRegistry.Status;

/**
 * The one rule of who cannot be reported to the central monitoring system yet, and the figures built
 * on it (the completeness view in Cockpit, {@code GET /api/indicators/completeness}, the school
 * coordinators' weekly digest through {@link DataGaps}).
 *
 * <p>A person cannot be reported while a required field of the {@link Stage#ENTRY entry} data is
 * empty, or when their participation has ended (no form of support in progress and at least one
 * ended, whatever its outcome) and a required field of the {@link Stage#EXIT exit} data is empty.
 * Read from the reporting views {@code vet_report_participant} and {@code vet_report_support} in one
 * query.
 */
@Repository
public class DataCompleteness implements DataGaps {
  /** The school of people registered without one (instructors of an employer). */
  static final String NO_SCHOOL = "bez szkoły";

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  public DataCompleteness(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The required fields a person lacks to be reported: the rule, on the data of one person. */
  public static List<MonitoringField> missing(MonitoringData data, boolean participationEnded) {
    List<MonitoringField> missing = new ArrayList<>(data.missing(Stage.ENTRY));
    if (participationEnded) {
      missing.addAll(data.missing(Stage.EXIT));
    }
    return missing;
  }

  /** The fields a person may lack: every required one, in catalogue order (the columns of the view). */
  static List<MonitoringField> requiredFields() {
    List<MonitoringField> fields = new ArrayList<>(MonitoringField.of(Stage.ENTRY));
    fields.addAll(MonitoringField.of(Stage.EXIT));
    return fields.stream().filter(MonitoringField::required).toList();
  }

  /** A person of the registry with what they lack (empty: can be reported). */
  record Person(long id, String firstName, String lastName, String schoolId, String schoolName,
      List<MonitoringField> missing) {}

  /** Everyone in the registry, by school name (no school last), surname, first name. */
  List<Person> people() {
    // the columns come from the catalogue, never from input
    String columns = java.util.Arrays.stream(MonitoringField.values()).map(f -> "p." + f.column())
        .collect(Collectors.joining(", "));
    String inProgress = Status.IN_PROGRESS.name();
    return jdbc.query("select p.id, p.first_name, p.last_name, p.school_id, p.school_name, " + columns + ","
        + " (select count(*) from vet_report_support s where s.participant_id = p.id and s.status = ?) as running,"
        + " (select count(*) from vet_report_support s where s.participant_id = p.id and s.status <> ?) as ended"
        + " from vet_report_participant p"
        + " order by case when p.school_name is null then 1 else 0 end, p.school_name, p.school_id,"
        + " p.last_name, p.first_name, p.id",
        (rs, n) -> {
          Map<MonitoringField, String> values = new EnumMap<>(MonitoringField.class);
          for (MonitoringField field : MonitoringField.values()) {
            values.put(field, rs.getString(field.column()));
          }
          long id = rs.getLong("id");
          boolean ended = rs.getLong("running") == 0 && rs.getLong("ended") > 0;
          return new Person(id, rs.getString("first_name"), rs.getString("last_name"), rs.getString("school_id"),
              rs.getString("school_name"), missing(new MonitoringData(id, values), ended));
        }, inProgress, inProgress);
  }

  /** Per school: people, people who cannot be reported, per field how many lack it; and who they are. */
  @Transactional(readOnly = true)
  public CompletenessReport report() {
    List<MonitoringField> fields = requiredFields();
    Map<String, SchoolTally> schools = new LinkedHashMap<>();
    SchoolTally total = new SchoolTally(null, "Ogółem", fields);
    List<PersonRow> incomplete = new ArrayList<>();
    for (Person person : people()) {
      String name = person.schoolName() == null ? NO_SCHOOL : person.schoolName();
      SchoolTally school = schools.computeIfAbsent(String.valueOf(person.schoolId()),
          k -> new SchoolTally(person.schoolId(), name, fields));
      school.add(person);
      total.add(person);
      if (!person.missing().isEmpty()) {
        incomplete.add(new PersonRow(person.id(), person.firstName(), person.lastName(), person.schoolId(), name,
            labels(person.missing())));
      }
    }
    return new CompletenessReport(clock.now(),
        fields.stream().map(f -> new FieldColumn(f.name(), f.label(), f.stage().name())).toList(),
        total.row(), schools.values().stream().map(SchoolTally::row).toList(), incomplete);
  }

  @Override
  @Transactional(readOnly = true)
  public List<SchoolGaps> schoolsWithGaps() {
    Map<String, SchoolGaps> schools = new LinkedHashMap<>();
    for (Person person : people()) {
      if (person.schoolId() == null || person.missing().isEmpty()) {
        continue; // people of no school have no school coordinator to tell
      }
      schools.computeIfAbsent(person.schoolId(), id -> new SchoolGaps(id, person.schoolName(), new ArrayList<>()))
          .people().add(new PersonGaps(person.firstName(), person.lastName(), labels(person.missing())));
    }
    return List.copyOf(schools.values());
  }

  private static List<String> labels(List<MonitoringField> fields) {
    return fields.stream().map(MonitoringField::label).toList();
  }

  /** Counting one school's people. */
  private static final class SchoolTally {
    private final String schoolId;
    private final String schoolName;
    private final Map<MonitoringField, Long> missing = new EnumMap<>(MonitoringField.class);
    private long registered;
    private long notReportable;

    SchoolTally(String schoolId, String schoolName, List<MonitoringField> fields) {
      this.schoolId = schoolId;
      this.schoolName = schoolName;
      fields.forEach(f -> missing.put(f, 0L));
    }

    void add(Person person) {
      registered++;
      if (!person.missing().isEmpty()) {
        notReportable++;
      }
      person.missing().forEach(f -> missing.merge(f, 1L, Long::sum));
    }

    SchoolRow row() {
      Map<String, Long> byLabel = new LinkedHashMap<>();
      missing.forEach((field, count) -> byLabel.put(field.label(), count));
      return new SchoolRow(schoolId, schoolName, registered, notReportable, byLabel);
    }
  }
}
