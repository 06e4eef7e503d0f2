package pl.vetworkflow.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.vetworkflow.notification.ReminderLog.Outcome;
import pl.vetworkflow.engine.Commands;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.engine.OverdueTasks;

/**
 * The one reminder mechanism of every process: a periodic job (run by
 * {@link OverdueTaskReminderScheduler} on every node) that finds the open user tasks whose due date
 * has passed, asks {@link ReminderRules} for each task's steps and sends each step that is due and
 * not yet recorded: a {@link NotificationKind#REMINDER} to the people of the task (its assignee,
 * else its candidates), an {@link NotificationKind#ESCALATION} to the members of
 * {@code vet.mail.escalation-group}, through the outbox like every task e-mail.
 *
 * <p><b>Exactly once, on any number of nodes.</b> A task's due steps are handled in one transaction
 * that first records each step in {@link ReminderLog} (primary key on task and step) and then writes
 * the messages. A node that comes second fails on the insert (on PostgreSQL it waits for the first
 * node's transaction, then finds the row) and rolls back, messages included. Nodes read the overdue
 * tasks in a random order, so that they mostly work on different tasks.
 *
 * <p><b>Catching up.</b> If several steps of one kind are due at once (the job did not run for a
 * while, or a step was added to a plan), only the latest is sent; the others are recorded as
 * superseded, so nobody gets a burst of reminders about one task.
 *
 * <p>A task completed, suspended or given a new due date between the read and the send gets nothing
 * (its transaction rolls back; a new due date is handled by the next run). Times are the engine's
 * clock ({@link EngineClock}); "N days after the due date" is counted in calendar days in
 * {@code vet.mail.time-zone}.
 */
@Component
public class OverdueTaskReminders {
  private static final Logger LOG = LoggerFactory.getLogger(OverdueTaskReminders.class);

  private final ProcessEngine engine;
  private final IdentityService identity;
  private final ReminderRules rules;
  private final ReminderLog log;
  private final TaskNotifier notifier;
  private final MailSettings mailSettings;
  private final ReminderSettings settings;
  private final TransactionTemplate transactions;
  private final String node;

  private final EngineClock clock;

  public OverdueTaskReminders(ProcessEngine engine, ReminderRules rules, ReminderLog log, TaskNotifier notifier,
      MailSettings mailSettings, ReminderSettings settings, PlatformTransactionManager transactionManager,
      MailDispatcher dispatcher, EngineClock clock) {
    this.clock = clock;
    this.engine = engine;
    this.identity = engine.getIdentityService();
    this.rules = rules;
    this.log = log;
    this.notifier = notifier;
    this.mailSettings = mailSettings;
    this.settings = settings;
    this.transactions = new TransactionTemplate(transactionManager);
    this.node = dispatcher.nodeId();
  }

  /** What one run did. {@code lost}: task steps another node recorded first (or was recording). */
  public record Result(int overdueTasks, int stepsSent, int stepsSuperseded, int messages, int lost, int failed) {}

  /** One run at the engine clock's current time. */
  public Result run() {
    return run(clock.now());
  }

  /** One run at {@code now}: every overdue open task, page by page. */
  public Result run(Instant now) {
    // the job sees every task and definition, whoever calls it
    return Commands.asApplication(identity, () -> {
      rules.refresh();
      Counts counts = new Counts();
      for (int first = 0; ; first += settings.batchSize()) {
        Page page = overdue(now, first, settings.batchSize());
        Map<String, Set<Integer>> recorded = log.recordedSteps(page.tasks().stream().map(Candidate::taskId).toList());
        List<Candidate> tasks = new ArrayList<>(page.tasks());
        Collections.shuffle(tasks);
        for (Candidate task : tasks) {
          counts.overdue++;
          List<ReminderStep> steps = rules.plan(task.processDefinitionKey(), task.taskDefinitionKey()).steps();
          List<Due> due = dueSteps(steps, recorded.getOrDefault(task.taskId(), Set.of()), task.due(),
              mailSettings.timeZone(), now);
          if (!due.isEmpty()) {
            send(task, due, now, counts);
          }
        }
        if (page.read() < settings.batchSize()) {
          break;
        }
      }
      Result result = counts.result();
      if (result.stepsSent() + result.stepsSuperseded() + result.failed() > 0) {
        LOG.info("Reminders: {} overdue task(s), {} step(s) sent ({} message(s)), {} superseded, {} taken by another node,"
            + " {} failed", result.overdueTasks(), result.stepsSent(), result.messages(), result.stepsSuperseded(),
            result.lost(), result.failed());
      } else {
        LOG.debug("Reminders: {} overdue task(s), nothing due ({} taken by another node)", result.overdueTasks(),
            result.lost());
      }
      return result;
    });
  }

  /** An overdue open task of a process. */
  record Candidate(String taskId, String processInstanceId, String processDefinitionKey, String taskDefinitionKey,
      Instant due) {}

  /** The process tasks of one page of overdue tasks, and how many tasks the page had (stand-alone ones left out). */
  private record Page(List<Candidate> tasks, int read) {}

  /** A step that is due and not recorded yet, and what becomes of it. */
  record Due(ReminderStep step, Outcome outcome) {}

  private Page overdue(Instant now, int first, int max) {
    Date dueBy = Date.from(now.plusMillis(1)); // dueBefore is exclusive: a task due right now is due
    OverdueTasks.Page page = OverdueTasks.page(engine, dueBy, first, max);
    return new Page(page.tasks().stream().map(t -> new Candidate(t.taskId(), t.processInstanceId(),
        t.processDefinitionKey(), t.taskDefinitionKey(), t.due())).toList(), page.read());
  }

  /**
   * The steps of a task that are due at {@code now} and not {@code recorded} yet: per kind, the
   * latest due step (by days, then number) is SENT unless it was recorded already, every other
   * unrecorded due step of that kind is SUPERSEDED. In step order.
   */
  static List<Due> dueSteps(List<ReminderStep> steps, Set<Integer> recorded, Instant due, ZoneId zone, Instant now) {
    List<Due> result = new ArrayList<>();
    for (NotificationKind kind : EnumSet.of(NotificationKind.REMINDER, NotificationKind.ESCALATION)) {
      List<ReminderStep> dueOfKind = steps.stream().filter(s -> s.kind() == kind)
          .filter(s -> !due.atZone(zone).plusDays(s.daysAfterDue()).toInstant().isAfter(now)).toList();
      ReminderStep latest = dueOfKind.stream()
          .max(Comparator.comparingInt(ReminderStep::daysAfterDue).thenComparingInt(ReminderStep::step)).orElse(null);
      for (ReminderStep step : dueOfKind) {
        if (!recorded.contains(step.step())) {
          result.add(new Due(step, step == latest ? Outcome.SENT : Outcome.SUPERSEDED));
        }
      }
    }
    result.sort(Comparator.comparingInt(d -> d.step().step()));
    return result;
  }

  /**
   * Records the due steps of one task and writes the messages of the sent ones, in one transaction;
   * the steps are inserted in step order, so two nodes never wait for each other in a circle.
   */
  void send(Candidate task, List<Due> due, Instant now, Counts counts) {
    try {
      Integer messages = transactions.execute(status -> {
        for (Due step : due) {
          log.record(task.taskId(), step.step(), step.outcome(), task.processInstanceId(), task.processDefinitionKey(),
              task.taskDefinitionKey(), task.due(), now, node);
        }
        Integer added = Commands.onActiveTask(engine, task.taskId(), open -> {
          if (open.getDueDate() == null || !open.getDueDate().toInstant().equals(task.due())) {
            return null; // rescheduled meanwhile (or completed or suspended: no task at all)
          }
          int written = 0;
          for (Due step : due) {
            if (step.outcome() == Outcome.SENT) {
              NotificationKind kind = step.step().kind();
              written += notifier.notify(open, kind, kind == NotificationKind.ESCALATION
                  ? notifier.recipients().forGroup(mailSettings.escalationGroup())
                  : notifier.recipients().forTask(open));
            }
          }
          return written;
        });
        if (added == null) {
          status.setRollbackOnly();
        }
        return added;
      });
      if (messages != null) {
        for (Due step : due) {
          if (step.outcome() == Outcome.SENT) {
            counts.sent++;
          } else {
            counts.superseded++;
          }
        }
        counts.messages += messages;
      }
    } catch (DuplicateKeyException | ConcurrencyFailureException e) {
      counts.lost++;
      LOG.debug("Task {}: steps {} taken by another node ({})", task.taskId(), due, e.getMessage());
    } catch (RuntimeException e) {
      counts.failed++;
      LOG.warn("Task {} ({}#{}): reminder steps {} failed, tried again at the next run", task.taskId(),
          task.processDefinitionKey(), task.taskDefinitionKey(), due, e);
    }
  }

  static final class Counts {
    int overdue;
    int sent;
    int superseded;
    int messages;
    int lost;
    int failed;

    Result result() {
      return new Result(overdue, sent, superseded, messages, lost, failed);
    }
  }
}
