package pl.vetworkflow.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import pl.vetworkflow.config.VetProperties;
import pl.vetworkflow.notification.RenderedMail;

/**
 * The Polish e-mails of accounts (templates in {@code templates/account-mail/}): an invitation and
 * a password reset, each with its one-time link. Values are template variables (escaped in HTML),
 * never template source.
 */
@Component
public class AccountMails {
  static final Locale POLISH = Locale.forLanguageTag("pl-PL");
  static final String INVITATION_SUBJECT = "Zaproszenie do systemu projektu „Opolskie szkolnictwo zawodowe”: ustaw swoje hasło";
  static final String RESET_SUBJECT = "Ustawienie nowego hasła w systemie projektu „Opolskie szkolnictwo zawodowe”";
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, 'godz.' HH:mm", POLISH);

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final String baseUrl;
  private final ZoneId zone;

  public AccountMails(VetProperties properties, pl.vetworkflow.notification.MailSettings mailSettings) {
    this.baseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
    this.zone = mailSettings.timeZone();
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(AccountMails.class.getClassLoader());
    resolver.setPrefix("templates/account-mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** The link a token opens: our set-password page. */
  public String passwordLink(String token) {
    return baseUrl + AccountPages.PASSWORD_PATH + "?token=" + token;
  }

  public String tasklistLink() {
    return baseUrl + "/camunda/app/tasklist/";
  }

  public RenderedMail invitation(Person person, String token, Instant expires) {
    Context context = context(person.firstName(), person.lastName(), person.userId(), token, expires);
    context.setVariable("roles", person.rolesText());
    return new RenderedMail(INVITATION_SUBJECT, engine.process("invitation.txt", context),
        engine.process("invitation.html", context));
  }

  public RenderedMail reset(String firstName, String lastName, String userId, String token, Instant expires) {
    Context context = context(firstName, lastName, userId, token, expires);
    return new RenderedMail(RESET_SUBJECT, engine.process("reset.txt", context), engine.process("reset.html", context));
  }

  private Context context(String firstName, String lastName, String userId, String token, Instant expires) {
    Context context = new Context(POLISH);
    context.setVariable("name", oneLine((nullToEmpty(firstName) + " " + nullToEmpty(lastName)).strip()));
    context.setVariable("userId", userId);
    context.setVariable("link", passwordLink(token));
    context.setVariable("expires", DATE_TIME.format(expires.atZone(zone)));
    context.setVariable("tasklist", tasklistLink());
    context.setVariable("forgotten", baseUrl + AccountPages.FORGOTTEN_PATH);
    return context;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ");
  }
}
