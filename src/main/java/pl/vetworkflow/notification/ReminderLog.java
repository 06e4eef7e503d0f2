package pl.vetworkflow.notification;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The steps recorded per task ({@code vet_task_reminder}): portable SQL for H2 and PostgreSQL. A
 * step is recorded once per task (primary key on task id and step): {@link #record} runs in the
 * transaction that also writes the step's messages, and fails for a step another node recorded
 * first.
 */
@Repository
public class ReminderLog {
  /** What became of a due step. */
  public enum Outcome {
    /** Its messages were recorded in the outbox. */
    SENT,
    /** A later step of the same kind was due at the same time and was sent instead. */
    SUPERSEDED
  }

  private final JdbcTemplate jdbc;

  public ReminderLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The recorded step numbers of each of {@code taskIds} that has any. */
  public Map<String, Set<Integer>> recordedSteps(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, Set<Integer>> steps = new HashMap<>();
    String marks = String.join(", ", Collections.nCopies(taskIds.size(), "?"));
    jdbc.query("select task_id, step from vet_task_reminder where task_id in (" + marks + ")",
        (ResultSet rs) -> {
          steps.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2));
        }, taskIds.toArray());
    return steps;
  }

  /**
   * Records {@code step} of a task in the current transaction; a step recorded before (by any
   * node, or still being recorded by another node's open transaction, which this insert then waits
   * for) makes it fail with a {@link org.springframework.dao.DuplicateKeyException}.
   */
  public void record(String taskId, ReminderStep step, Outcome outcome, String processInstanceId,
      String processDefinitionKey, String taskDefinitionKey, Instant due, Instant at, String node) {
    jdbc.update("insert into vet_task_reminder (task_id, step, kind, outcome, process_instance_id,"
        + " process_definition_key, task_definition_key, due_date, recorded_at, recorded_by)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", taskId, step.step(), step.kind().name(), outcome.name(),
        processInstanceId, processDefinitionKey, taskDefinitionKey, utc(due), utc(at), node);
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
