package pl.vetworkflow.notification;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
    if (to.isEmpty()) {
      LOG.debug("Task {} ({}) has nobody with an e-mail address to notify", task.getId(), task.getTaskDefinitionKey());
      return 0;
    }
    TaskMail mail = describe(task, kind);
    RenderedMail rendered = renderer.render(mail);
    Instant now = Instant.now();
    int added = 0;
    for (Recipient recipient : to) {
      if (outbox.enqueue(new MailOutbox.NewMessage(kind, recipient.email(), recipient.userId(), rendered,
          task.getId(), task.getProcessInstanceId(), mail.businessKey()), now)) {
        added++;
      }
    }
    LOG.debug("Task {}: {} {} message(s) recorded", task.getId(), added, kind);
    return added;
  }

  TaskMail describe(DelegateTask task, NotificationKind kind) {
    DelegateExecution execution = task.getExecution();
    String businessKey = execution == null ? null : MailText.singleLine(execution.getProcessBusinessKey(), 255);
    String taskName = MailText.singleLine(task.getName(), 200);
    return new TaskMail(kind,
        taskName == null ? UNNAMED_TASK : taskName,
        processName(task),
        businessKey,
        caseName(task),
        zoned(task.getDueDate()),
        zoned(task.getCreateTime()),
        links.task(task.getId()));
  }

  private static String processName(DelegateTask task) {
    if (task instanceof TaskEntity entity) {
      ProcessDefinitionEntity definition = entity.getProcessDefinition();
      if (definition != null) {
        return MailText.singleLine(definition.getName(), 200);
      }
    }
    return null;
  }

  /** The display names of {@link CaseVariables} present on the task's scope, in their order. */
  private static String caseName(DelegateTask task) {
    List<String> parts = new ArrayList<>();
    for (String name : CaseVariables.ALL) {
      Object value = task.getVariable(name);
      if (value instanceof CharSequence text) {
        String line = MailText.singleLine(text, 150);
        if (line != null && !parts.contains(line)) {
          parts.add(line);
        }
      }
    }
    return parts.isEmpty() ? null : MailText.singleLine(String.join(", ", parts), 400);
  }

  private ZonedDateTime zoned(Date date) {
    return date == null ? null : date.toInstant().atZone(settings.timeZone());
  }
}
