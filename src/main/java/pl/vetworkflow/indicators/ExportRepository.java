package pl.vetworkflow.indicators;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pl.vetworkflow.participant.MonitoringData;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.support.SupportRegistry;

/**
 * The rows of the participants export (reporting views {@code vet_report_participant} and
 * {@code vet_report_support}) and its log ({@code vet_export_log}).
 */
@Repository
public class ExportRepository {
  /** One person of the registry as the export reads them, with every form of support they had. */
  public record Person(long id, String pesel, String firstName, String lastName, String sex, LocalDate birthDate,
      String participantType, String schoolName, LocalDate firstSupportDate, MonitoringData monitoring,
      List<Support> supports) {}

  /** One form of support of a person (vet_report_support). */
  public record Support(SupportRegistry.Kind kind, SupportRegistry.Status status, LocalDate start, LocalDate end) {}

  private final JdbcTemplate jdbc;

  public ExportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every person by surname, first name and id, each with their forms of support by start date: one
   * statement, so the persons and their supports are of one moment.
   */
  public List<Person> persons() {
    List<Person> persons = new ArrayList<>();
    jdbc.query("select p.*, s.kind as support_kind, s.status as support_status, s.start_date as support_start,"
        + " s.end_date as support_end from vet_report_participant p"
        + " left join vet_report_support s on s.participant_id = p.id"
        + " order by p.last_name, p.first_name, p.id, s.start_date, s.id", rs -> {
          long id = rs.getLong("id");
          Person last = persons.isEmpty() ? null : persons.get(persons.size() - 1);
          if (last == null || last.id() != id) {
            last = person(rs);
            persons.add(last);
          }
          String kind = rs.getString("support_kind");
          if (kind != null) {
            last.supports().add(new Support(SupportRegistry.Kind.valueOf(kind),
                SupportRegistry.Status.valueOf(rs.getString("support_status")), date(rs, "support_start"),
                date(rs, "support_end")));
          }
        });
    return persons;
  }

  private static Person person(ResultSet rs) throws SQLException {
    Map<MonitoringField, String> values = new EnumMap<>(MonitoringField.class);
    for (MonitoringField field : MonitoringField.values()) {
      values.put(field, rs.getString(field.column()));
    }
    long id = rs.getLong("id");
    return new Person(id, rs.getString("pesel"), rs.getString("first_name"), rs.getString("last_name"),
        rs.getString("sex"), date(rs, "birth_date"), rs.getString("participant_type"), rs.getString("school_name"),
        date(rs, "first_support_date"), new MonitoringData(id, values), new ArrayList<>());
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  /**
   * Records an export: its name, who, when, how many rows, the file format and the column headers it
   * held (separated by {@link #COLUMN_SEPARATOR}).
   */
  public void log(String exportName, String user, Instant at, int rows, String format, List<String> headers) {
    jdbc.update("insert into vet_export_log (export_name, exported_by, exported_at, row_count, export_format,"
        + " exported_columns) values (?, ?, ?, ?, ?, ?)", exportName, user, Timestamp.from(at), rows, format,
        String.join(COLUMN_SEPARATOR, headers));
  }

  /** Between two headers in {@code vet_export_log.exported_columns}. */
  public static final String COLUMN_SEPARATOR = " | ";

  /** The longest {@code vet_export_log.exported_columns} (V14). */
  static final int MAX_LOGGED_COLUMNS_LENGTH = 4000;
}
