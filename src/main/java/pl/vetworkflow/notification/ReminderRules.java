package pl.vetworkflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reminder rules: which steps (reminders, escalations) an open user task gets after its due
 * date, by process key and task id. They are data, the two decision tables of
 * {@code processes/task-reminders.dmn}: "Plan przypomnień zadania" picks a task's plan (first
 * matching row; the last row is the default), "Kroki przypomnień" lists the steps of each plan. The
 * programme office changes them by deploying a new version of that file (docs/notifications.md);
 * the latest deployed version applies from the next run of {@link OverdueTaskReminders}, which looks
 * it up at every run and reads it again only when it changed.
 *
 * <p>The tables are evaluated by a DMN engine of their own, not by the process engine's decision
 * service: the job asks about every kind of open task, and the engine would write every answer into
 * its history. Answers are kept per table version, process key and task id.
 */
@Component
public class ReminderRules {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderRules.class);
  public static final String PLAN_DECISION = "task-reminder-plan";
  public static final String STEPS_DECISION = "task-reminder-steps";
  /** The plan without steps. */
  public static final String NO_REMINDERS = "none";

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final RepositoryService repository;
  private volatile Table table;

  public ReminderRules(RepositoryService repository) {
    this.repository = repository;
  }

  /** The plan of a task, by the table version in use (the latest one deployed when it was last refreshed). */
  public Plan plan(String processDefinitionKey, String taskDefinitionKey) {
    Table current = table;
    return (current == null ? refresh() : current).plan(processDefinitionKey, taskDefinitionKey);
  }

  /**
   * Takes the latest deployed version of the tables if it is not the one in use; a version that
   * cannot be read is reported and the one in use is kept. Without any deployed version no task
   * gets reminders.
   */
  public Table refresh() {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(STEPS_DECISION)
        .latestVersion().singleResult();
    Table current = table;
    if (latest == null) {
      if (current == null || current.definitionId() != null) {
        LOG.warn("No decision '{}' is deployed (processes/task-reminders.dmn): no task gets reminders", STEPS_DECISION);
        table = current = Table.NONE;
      }
      return current;
    }
    if (current != null && latest.getId().equals(current.definitionId())) {
      return current;
    }
    try (InputStream model = repository.getDecisionModel(latest.getId())) {
      Table read = parse(model, latest.getId());
      LOG.info("Reminder rules: {} version {} ({})", latest.getResourceName(), latest.getVersion(), latest.getId());
      table = read;
      return read;
    } catch (IOException | RuntimeException e) {
      LOG.error("Reminder rules {} version {} cannot be read; {}", latest.getResourceName(), latest.getVersion(),
          current == null ? "no task gets reminders" : "the rules in use stay", e);
      if (current == null) {
        table = current = Table.NONE;
      }
      return current;
    }
  }

  /** Reads both decisions from one DMN file ({@code definitionId}: the deployed version, or null for a file). */
  public static Table parse(InputStream dmn, String definitionId) {
    List<DmnDecision> decisions = DMN.parseDecisions(dmn);
    DmnDecision plans = find(decisions, PLAN_DECISION);
    DmnDecision steps = find(decisions, STEPS_DECISION);
    return new Table(definitionId, plans, steps);
  }

  private static DmnDecision find(List<DmnDecision> decisions, String key) {
    return decisions.stream().filter(d -> key.equals(d.getKey())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the reminder rules have no decision '" + key + "'"));
  }

  /** A task's plan: its name in the table and its steps by step number (none for {@value #NO_REMINDERS}). */
  public record Plan(String name, List<ReminderStep> steps) {
    public Plan {
      steps = List.copyOf(steps);
    }
  }

  /** One version of the tables, with the answers given so far. */
  public static final class Table {
    static final Table NONE = new Table(null, null, null);

    private final String definitionId;
    private final DmnDecision plans;
    private final DmnDecision steps;
    private final ConcurrentMap<String, Plan> answers = new ConcurrentHashMap<>();

    private Table(String definitionId, DmnDecision plans, DmnDecision steps) {
      this.definitionId = definitionId;
      this.plans = plans;
      this.steps = steps;
    }

    String definitionId() {
      return definitionId;
    }

    public Plan plan(String processDefinitionKey, String taskDefinitionKey) {
      if (plans == null) {
        return new Plan(NO_REMINDERS, List.of());
      }
      return answers.computeIfAbsent(processDefinitionKey + "\n" + taskDefinitionKey,
          k -> evaluate(processDefinitionKey, taskDefinitionKey));
    }

    private Plan evaluate(String processDefinitionKey, String taskDefinitionKey) {
      VariableMap variables = Variables.createVariables().putValue("processDefinitionKey", processDefinitionKey)
          .putValue("taskDefinitionKey", taskDefinitionKey);
      String where = processDefinitionKey + "#" + taskDefinitionKey;
      DmnDecisionResult planResult = DMN.evaluateDecision(plans, variables);
      Object name = planResult.isEmpty() ? null : planResult.getSingleResult().getSingleEntry();
      if (name == null || name.toString().isBlank()) {
        LOG.warn("Reminder rules give task {} no plan (no row matches, and no default row): no reminders", where);
        return new Plan(NO_REMINDERS, List.of());
      }
      List<ReminderStep> found = new ArrayList<>();
      Set<Integer> numbers = new HashSet<>();
      for (Map<String, Object> row : DMN.evaluateDecision(steps, variables).getResultList()) {
        ReminderStep step = step(row, name, where);
        if (step != null && !numbers.add(step.step())) {
          LOG.warn("Reminder plan '{}' has step {} twice: the first row is used", name, step.step());
        } else if (step != null) {
          found.add(step);
        }
      }
      found.sort(Comparator.comparingInt(ReminderStep::step));
      if (found.isEmpty() && !NO_REMINDERS.equals(name)) {
        LOG.warn("Reminder plan '{}' (task {}) has no steps in '{}': no reminders", name, where, STEPS_DECISION);
      }
      return new Plan(name.toString(), found);
    }

    private static ReminderStep step(Map<String, Object> row, Object plan, String where) {
      try {
        Object kind = row.get("kind");
        return new ReminderStep(number(row.get("step")), number(row.get("daysAfterDue")),
            NotificationKind.valueOf(String.valueOf(kind).trim()));
      } catch (RuntimeException e) {
        LOG.warn("Reminder plan '{}' (task {}): row {} is left out ({})", plan, where, row, e.getMessage());
        return null;
      }
    }

    private static int number(Object value) {
      if (value instanceof Number n && n.doubleValue() == n.intValue()) {
        return n.intValue();
      }
      throw new IllegalArgumentException("not a whole number: " + value);
    }
  }
}
