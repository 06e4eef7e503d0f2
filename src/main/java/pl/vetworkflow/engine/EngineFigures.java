package pl.vetworkflow.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Figures read from the engine's runtime tables ({@code ACT_RU_*}, {@code ACT_RE_PROCDEF},
 * {@code ACT_ID_GROUP}) for the programme's monitoring, in one query each, without the engine's
 * authorization checks (the caller decides who may see them). Plain SQL on the engine's schema: the
 * only place outside the engine's own mappings that reads these tables (engine.tasklist's
 * statistics on {@code ACT_RU_AUTHORIZATION} excepted), so a change of the schema with an engine upgrade
 * is found here. Runs in the caller's transaction.
 */
@Repository
public class EngineFigures {
  /** Open cases of a school waiting in one step: cases counted once, by their root process instance. */
  public record OpenStep(String schoolId, String step, long cases) {}

  /** The open tasks of one step of one process: how many, how many overdue, since when the oldest waits. */
  public record StepTasks(String processKey, String processName, String taskKey, String taskName, long openTasks,
      long overdue, Instant oldestCreated) {}

  /** Overdue open tasks of one candidate group, with the group's name and type if the group exists. */
  public record OverdueOfGroup(String groupId, String groupName, String groupType, long overdue) {}

  private final JdbcTemplate jdbc;

  public EngineFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Open cases of every process by the value of the root instance's process variable {@code variable}
   * (a school's id) and the name of the step they wait in (an open user task); a case waiting in a
   * called process (e.g. the employer placement) counts for its root case.
   */
  public List<OpenStep> openStepsByRootVariable(String variable) {
    return jdbc.query("select v.text_ as school_id, t.name_ as step, count(distinct e.root_proc_inst_id_) as cases"
        + " from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
        + " join act_ru_variable v on v.proc_inst_id_ = e.root_proc_inst_id_"
        + " and v.name_ = ? and v.execution_id_ = v.proc_inst_id_"
        + " group by v.text_, t.name_",
        (rs, n) -> new OpenStep(rs.getString("school_id"), rs.getString("step"), rs.getLong("cases")), variable);
  }

  /** Open tasks by process and step, the step waiting longest first; overdue: due before {@code now}. */
  public List<StepTasks> openTasksByStep(Instant now) {
    return jdbc.query("select d.key_ as process_key, max(d.name_) as process_name, t.task_def_key_ as task_key,"
            + " max(t.name_) as task_name, count(*) as open_tasks,"
            + " sum(case when t.due_date_ < ? then 1 else 0 end) as overdue, min(t.create_time_) as oldest"
            + " from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_"
            + " group by d.key_, t.task_def_key_ order by min(t.create_time_)",
        (rs, n) -> new StepTasks(rs.getString("process_key"), rs.getString("process_name"), rs.getString("task_key"),
            rs.getString("task_name"),
            rs.getLong("open_tasks"), rs.getLong("overdue"), rs.getTimestamp("oldest").toInstant()),
        Timestamp.from(now));
  }

  /** Open tasks due before {@code now} by candidate group, the group with most first. */
  public List<OverdueOfGroup> overdueTasksByCandidateGroup(Instant now) {
    return jdbc.query("select l.group_id_ as group_id, max(g.name_) as group_name,"
            + " max(g.type_) as group_type, count(distinct t.id_) as overdue"
            + " from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = ?"
            + " left join act_id_group g on g.id_ = l.group_id_"
            + " where t.due_date_ < ? and l.group_id_ is not null group by l.group_id_ order by count(distinct t.id_) desc",
        (rs, n) -> new OverdueOfGroup(rs.getString("group_id"), rs.getString("group_name"), rs.getString("group_type"),
            rs.getLong("overdue")),
        IdentityLinkType.CANDIDATE, Timestamp.from(now));
  }
}
