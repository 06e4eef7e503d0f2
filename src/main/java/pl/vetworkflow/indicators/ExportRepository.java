package pl.vetworkflow.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pl.vetworkflow.support.SupportRegistry;

/** The rows of the participants export (reporting views) and its log ({@code vet_export_log}). */
@Repository
public class ExportRepository {
  /** One row of the participants export, read from the current result set row. */
  @FunctionalInterface
  public interface ParticipantRow {
    void accept(ResultSet row) throws SQLException;
  }

  private final JdbcTemplate jdbc;

  public ExportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every participant in id order (the columns of {@code vet_report_participant}, with
   * {@code school_name}), {@code last_end} (the last end of any form of support) and {@code running}
   * (forms of support still in progress).
   */
  public void participants(ParticipantRow row) {
    // the participation ends when the person's last form of support ended and none is still running
    jdbc.query("select p.*,"
        + " (select max(s.end_date) from vet_report_support s where s.participant_id = p.id) as last_end,"
        + " (select count(*) from vet_report_support s where s.participant_id = p.id and s.status = ?) as running"
        + " from vet_report_participant p order by p.id", rs -> {
          row.accept(rs);
        }, SupportRegistry.Status.IN_PROGRESS.name());
  }

  public void log(String exportName, String user, Instant at, int rows) {
    jdbc.update("insert into vet_export_log (export_name, exported_by, exported_at, row_count) values (?, ?, ?, ?)",
        exportName, user, Timestamp.from(at), rows);
  }
}
