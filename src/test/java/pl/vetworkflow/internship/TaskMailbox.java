package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import pl.vetworkflow.notification.MailDispatcher;
import pl.vetworkflow.notification.TaskLinks;

/**
 * The e-mails of one case, step by step: sends what the outbox holds (the dispatcher is not scheduled
 * in tests) to GreenMail and checks that exactly the expected people got exactly one "new task"
 * e-mail per open task, with the case's business key and the Tasklist link to that task.
 */
final class TaskMailbox {
  static final String DOMAIN = "@vet-workflow.example";

  private final GreenMail greenMail;
  private final MailDispatcher dispatcher;
  private final TaskLinks links;
  private final TaskService tasks;
  /** Every recipient of every e-mail of the case so far. */
  private final List<String> everyRecipient = new ArrayList<>();

  TaskMailbox(GreenMail greenMail, MailDispatcher dispatcher, TaskLinks links, TaskService tasks) {
    this.greenMail = greenMail;
    this.dispatcher = dispatcher;
    this.links = links;
    this.tasks = tasks;
  }

  /**
   * Dispatches, then asserts that the e-mails about {@code businessKey} received since the last step
   * are exactly: for each expected open task (definition key → user ids), one e-mail per user.
   */
  void expect(String businessKey, Map<String, List<String>> usersByTaskKey) {
    dispatcher.dispatch(Instant.now());
    List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> subject(m).contains(businessKey)).toList();
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }

    Map<String, List<String>> expected = new TreeMap<>();
    Map<String, Task> byLink = new TreeMap<>();
    usersByTaskKey.forEach((key, users) -> {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
      assertThat(task).as("open task " + key + " of " + businessKey).isNotNull();
      byLink.put(links.task(task.getId()), task);
      expected.put(key, users.stream().map(u -> u + DOMAIN).sorted().toList());
    });
    Map<String, List<String>> actual = new TreeMap<>();
    for (MimeMessage mail : mails) {
      String text = String.valueOf(text(mail));
      Task task = byLink.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue)
          .findFirst().orElseThrow(() -> new AssertionError("e-mail '" + subject(mail) + "' to " + to(mail)
              + " links to none of the expected tasks " + usersByTaskKey.keySet() + ":\n" + text));
      assertThat(subject(mail)).isEqualTo("Nowe zadanie: " + task.getName() + " (sprawa " + businessKey + ")");
      assertThat(text).contains("Numer sprawy: " + businessKey);
      actual.computeIfAbsent(task.getTaskDefinitionKey(), k -> new ArrayList<>()).add(to(mail));
      everyRecipient.add(to(mail));
    }
    actual.replaceAll((k, v) -> v.stream().sorted().toList());
    assertThat(actual).as("recipients per task of " + businessKey).isEqualTo(expected);
  }

  /** Nobody received anything about the case since the last step. */
  void expectNothing(String businessKey) {
    expect(businessKey, Map.of());
  }

  List<String> everyRecipient() {
    return List.copyOf(everyRecipient);
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String to(MimeMessage message) {
    try {
      var recipients = message.getAllRecipients();
      assertThat(recipients).as("recipients of one e-mail").hasSize(1);
      return ((InternetAddress) recipients[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Part part) {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          String found = text(body);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
