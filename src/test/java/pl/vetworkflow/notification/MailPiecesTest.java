package pl.vetworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import pl.vetworkflow.config.VetProperties;

/** The parts without Spring or engine: settings, sanitising, links, templates, error classification. */
class MailPiecesTest {

  @Test
  void senderAddressIsCheckedAndDefaultsToThePublicHost() {
    assertThatThrownBy(() -> settings("biuro projektu")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vet.mail.from (VET_MAIL_FROM) is not a valid e-mail address");
    InternetAddress from = settings("Biuro Projektu Zawodowców <biuro@opolskie.example>").fromAddress("ignored");
    assertThat(from.getAddress()).isEqualTo("biuro@opolskie.example");
    assertThat(from.getPersonal()).isEqualTo("Biuro Projektu Zawodowców");
    InternetAddress fallback = settings(" ").fromAddress("vet.opolskie.example");
    assertThat(fallback.getAddress()).isEqualTo("powiadomienia@vet.opolskie.example");
    assertThat(fallback.getPersonal()).isEqualTo("Powiadomienia VET");
  }

  @Test
  void tuningComesFromEnvironmentVariablesBySpringNames() {
    Map<String, Object> environment = Map.of(
        "VET_MAIL_FROM", "biuro@opolskie.example",
        "VET_MAIL_RETRY_MAXATTEMPTS", "12",
        "VET_MAIL_RETRY_INITIALDELAY", "30s",
        "VET_MAIL_DISPATCH_INTERVAL", "1m",
        "VET_MAIL_NODEID", "node-7",
        "SPRING_MAIL_PROPERTIES_MAIL_SMTP_SSL_ENABLE", "true");
    Binder binder = new Binder(ConfigurationPropertySources.from(
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));
    MailSettings settings = binder.bind("vet.mail", MailSettings.class).get();
    assertThat(settings.from()).isEqualTo("biuro@opolskie.example");
    assertThat(settings.retry().maxAttempts()).isEqualTo(12);
    assertThat(settings.retry().initialDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.dispatch().interval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.nodeId()).isEqualTo("node-7");
    MailProperties mail = binder.bind("spring.mail", MailProperties.class).get();
    assertThat(mail.getProperties()).containsEntry("mail.smtp.ssl.enable", "true");
  }

  @Test
  void retryBacksOffExponentiallyUpToTheMaximum() {
    MailSettings.Retry retry = new MailSettings.Retry(10, Duration.ofMinutes(1), 2.0, Duration.ofHours(2));
    assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(retry.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(retry.delayAfter(8)).isEqualTo(Duration.ofHours(2));
    assertThat(retry.delayAfter(500)).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> new MailSettings.Retry(3, Duration.ofMinutes(1), 0.5, Duration.ofHours(1)))
        .hasMessageContaining("multiplier");
    assertThatThrownBy(() -> new MailSettings.Retry(-1, null, 0, null)).hasMessageContaining("max-attempts");
    assertThatThrownBy(() -> new MailSettings.Retry(3, Duration.ofHours(2), 2, Duration.ofMinutes(1)))
        .hasMessageContaining("max-delay");
    assertThatThrownBy(() -> new MailSettings.Dispatch(true, Duration.ZERO, 10, null)).hasMessageContaining("interval");
  }

  @Test
  void defaultsApplyWhenTheBlockIsMissing() {
    MailSettings settings = settings("noreply@vet.example");
    assertThat(settings.sending()).isTrue();
    assertThat(settings.dispatch().scheduled()).isTrue();
    assertThat(settings.retry().maxAttempts()).isEqualTo(10);
    assertThat(settings.escalationGroup()).isEqualTo("coordinators");
    assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
  }

  @Test
  void singleLineRemovesLineBreaksMasksPeselAndBoundsLength() {
    assertThat(MailText.singleLine("Ocena\r\nBcc: x@evil.example", 100)).isEqualTo("Ocena Bcc: x@evil.example");
    assertThat(MailText.singleLine("a\u2028b\u0000c\td", 100)).isEqualTo("a b c d");
    assertThat(MailText.singleLine("Anna (PESEL 02270803624)", 100)).isEqualTo("Anna (PESEL ***********)");
    assertThat(MailText.singleLine("NIP 7542680826, tel. 774412345", 100)).isEqualTo("NIP 7542680826, tel. 774412345");
    assertThat(MailText.singleLine("x".repeat(50), 10)).hasSize(10).endsWith("…");
    assertThat(MailText.singleLine(" \r\n ", 10)).isNull();
    assertThat(MailText.singleLine(null, 10)).isNull();
  }

  @Test
  void linksComeFromThePublicBaseUrl() {
    TaskLinks links = new TaskLinks(base("https://vet.opolskie.example/"), "/camunda", "default");
    assertThat(links.task("4f1c-22")).isEqualTo("https://vet.opolskie.example/camunda/app/tasklist/default/#/?task=4f1c-22");
    assertThat(links.host()).isEqualTo("vet.opolskie.example");
    assertThatThrownBy(() -> new TaskLinks(base("vet.opolskie.example"), "/camunda", "default"))
        .hasMessageContaining("VET_PUBLIC_BASE_URL");
    assertThatThrownBy(() -> new TaskLinks(base("javascript:alert(1)"), "/camunda", "default"))
        .hasMessageContaining("absolute http(s)");
    assertThatThrownBy(() -> new TaskLinks(base(""), "/camunda", "default")).hasMessageContaining("empty");
  }

  @Test
  void templatesSayWhatWaitsInPolishAndEscapeHtml() {
    MailRenderer renderer = new MailRenderer();
    ZonedDateTime due = ZonedDateTime.of(2026, 3, 2, 9, 5, 0, 0, ZoneId.of("Europe/Warsaw"));
    RenderedMail task = renderer.render(new TaskMail(NotificationKind.TASK, "Ocena <b>wniosku</b>", "Staż ucznia",
        "WN/1", "Jan & Syn", due, due, "https://vet.example/camunda/app/tasklist/default/#/?task=1"));
    assertThat(task.subject()).isEqualTo("Nowe zadanie: Ocena <b>wniosku</b> (sprawa WN/1)");
    assertThat(task.text()).contains("Zadanie: Ocena <b>wniosku</b>", "Termin: 2 marca 2026, godz. 09:05",
        "Dotyczy: Jan & Syn").doesNotContain("Oczekuje od");
    assertThat(task.html()).contains("Ocena &lt;b&gt;wniosku&lt;/b&gt;", "Jan &amp; Syn", "lang=\"pl\"")
        .contains("href=\"https://vet.example/camunda/app/tasklist/default/#/?task=1\"");

    RenderedMail reminder = renderer.render(new TaskMail(NotificationKind.REMINDER, "Raport", null, null, null,
        null, due, "https://vet.example/x"));
    assertThat(reminder.subject()).isEqualTo("Przypomnienie: Raport");
    assertThat(reminder.text()).contains("Termin: bez terminu", "przypominamy", "Oczekuje od: 2 marca 2026")
        .doesNotContain("Numer sprawy", "Proces:");

    RenderedMail escalation = renderer.render(new TaskMail(NotificationKind.ESCALATION, "Raport", null, "K-7", null,
        null, due, "https://vet.example/x"));
    assertThat(escalation.subject()).isEqualTo("Eskalacja: Raport (sprawa K-7)");
    assertThat(escalation.html()).contains("koordynatorów", "bez terminu");
  }

  @Test
  void refusedRecipientIsPermanentConnectionTroubleIsNot() throws Exception {
    Address refused = new InternetAddress("nobody@opolskie.example");
    SendFailedException rejected = new SendFailedException("550 no such user", null, new Address[0],
        new Address[0], new Address[] {refused});
    assertThat(MailDispatcher.isPermanent(sendException(rejected))).isTrue();
    assertThat(MailDispatcher.isPermanent(sendException(new MessagingException("Couldn't connect to host"))))
        .isFalse();
    SendFailedException busy = new SendFailedException("451 try later", null, new Address[0],
        new Address[] {refused}, new Address[0]);
    assertThat(MailDispatcher.isPermanent(sendException(busy))).isFalse();
    assertThat(MailDispatcher.isPermanent(new MailParseException("bad"))).isTrue();
    // a refusal of one message leaves the connection usable; a failed connection stops the run
    assertThat(MailDispatcher.isAboutThisMessage(sendException(busy))).isTrue();
    assertThat(MailDispatcher.isAboutThisMessage(sendException(rejected))).isTrue();
    assertThat(MailDispatcher.isAboutThisMessage(
        sendException(new MessagingException("Couldn't connect to host", new java.net.ConnectException())))).isFalse();
    assertThat(MailDispatcher.describe(new MessagingException("outer", new java.net.ConnectException("refused"))))
        .isEqualTo("MessagingException: outer <- ConnectException: refused");
  }

  private static MailSendException sendException(Exception cause) {
    Map<Object, Exception> failed = new LinkedHashMap<>();
    failed.put(new Object(), cause);
    return new MailSendException(failed);
  }

  private static MailSettings settings(String from) {
    return new MailSettings(null, from, null, null, 0, null, null, null, null);
  }

  private static VetProperties base(String url) {
    return new VetProperties(null, null, url, null, null);
  }
}
