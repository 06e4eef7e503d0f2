package pl.vetworkflow.notification;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseDescription;
import pl.vetworkflow.engine.Definitions;
import pl.vetworkflow.engine.NewTasks;
import pl.vetworkflow.process.CaseVariables;

/**
 * Turns a task into notification messages in the outbox, in the current (engine) transaction:
 * renders the Polish message once and records one row per recipient.
 *
 * <p>Only the task name, the process name, the business key, the due and creation dates and the
 * {@link CaseVariables} reach a message; every value is one line and PESEL-like numbers are masked.
 */
@Component
public class TaskNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(TaskNotifier.class);
  static final String UNNAMED_TASK = "Zadanie bez nazwy";

  private final MailOutbox outbox;
  private final MailRenderer renderer;
  private final RecipientResolver recipients;
  private final TaskLinks links;
  private final MailSettings settings;

  public TaskNotifier(MailOutbox outbox, MailRenderer renderer, RecipientResolver recipients, TaskLinks links,
      MailSettings settings) {
    this.outbox = outbox;
    this.renderer = renderer;
    this.recipients = recipients;
    this.links = links;
    this.settings = settings;
  }

  public RecipientResolver recipients() {
    return recipients;
  }

  /** Records a {@code kind} message about {@code task} for each of {@code to}; returns how many were added. */
  public int notify(DelegateTask task, NotificationKind kind, List<Recipient> to) {
    return notify(task, kind, to, false);
  }

  /**
   * As {@link #notify(DelegateTask, NotificationKind, List)}; {@code newTask}: the task was created in
   * the current command, so the outbox holds nothing about it yet.
   */
  public int notify(DelegateTask task, NotificationKind kind, List<Recipient> to, boolean newTask) {
    if (to.isEmpty()) {
      LOG.debug("Task {} ({}) has nobody with an e-mail address to notify", task.getId(), task.getTaskDefinitionKey());
      return 0;
    }
    TaskMail mail = describe(task, kind, newTask);
    RenderedMail rendered = renderer.render(mail);
    List<MailOutbox.NewMessage> messages = new ArrayList<>(to.size());
    for (Recipient recipient : to) {
      messages.add(new MailOutbox.NewMessage(kind, recipient.email(), recipient.userId(), rendered,
          task.getId(), task.getProcessInstanceId(), mail.businessKey()));
    }
    int added = outbox.enqueueAll(messages, Instant.now(), newTask);
    LOG.debug("Task {}: {} {} message(s) recorded", task.getId(), added, kind);
    return added;
  }

  TaskMail describe(DelegateTask task, NotificationKind kind) {
    return describe(task, kind, false);
  }

  private TaskMail describe(DelegateTask task, NotificationKind kind, boolean newTask) {
    DelegateExecution execution = task.getExecution();
    String businessKey = execution == null ? null : MailText.singleLine(execution.getProcessBusinessKey(), 255);
    String taskName = MailText.singleLine(task.getName(), 200);
    return new TaskMail(kind,
        taskName == null ? UNNAMED_TASK : taskName,
        processName(task),
        businessKey,
        caseName(newTask && noLocalVariables(task) ? task.getExecution() : task),
        zoned(task.getDueDate()),
        zoned(task.getCreateTime()),
        links.task(task.getId()));
  }

  private static String processName(DelegateTask task) {
    String name = Definitions.name(task);
    return name == null ? null : MailText.singleLine(name, 200);
  }

  /**
   * Whether a task created in the current command certainly has no task-local variables: nothing
   * has touched its variables yet (setting one loads them first), and the database cannot hold any
   * for a task that is not even flushed. Its variables are then those of its execution, which are
   * read without the query for the task's own (empty) variables.
   */
  static boolean noLocalVariables(DelegateTask task) {
    return task.getExecution() != null && NewTasks.localVariablesNotLoaded(task);
  }

  /** The display names of {@link CaseVariables} present on the task's (or execution's) scope, in their order. */
  private static String caseName(VariableScope task) {
    return CaseDescription.describe(task, CaseVariables.ALL);
  }

  private ZonedDateTime zoned(Date date) {
    return date == null ? null : date.toInstant().atZone(settings.timeZone());
  }
}
