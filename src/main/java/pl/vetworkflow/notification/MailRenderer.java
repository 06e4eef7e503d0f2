package pl.vetworkflow.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders notifications from the Thymeleaf templates in {@code templates/mail/} (Polish). Values
 * are template variables, never template source, so user text cannot inject template code; the
 * HTML part escapes every value, the subject and the text part get single-line values only.
 *
 * <p>The text templates write values unescaped ({@code [(...)]}): text/plain has no markup to
 * escape, and an entity such as {@code &lt;} would be shown to the reader literally.
 *
 * <p>Its own template engine (Spring EL expressions), separate from Spring MVC's view engine.
 */
@Component
public class MailRenderer {
  static final Locale POLISH = Locale.forLanguageTag("pl-PL");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, 'godz.' HH:mm", POLISH);
  static final int SUBJECT_MAX = 200;

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailRenderer() {
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }

  public RenderedMail render(TaskMail mail) {
    Context context = new Context(POLISH);
    context.setVariable("kind", mail.kind().name());
    context.setVariable("taskName", mail.taskName());
    context.setVariable("processName", mail.processName());
    context.setVariable("businessKey", mail.businessKey());
    context.setVariable("caseName", mail.caseName());
    context.setVariable("due", format(mail.due()));
    context.setVariable("created", format(mail.created()));
    context.setVariable("link", mail.link());
    String subject = MailText.singleLine(engine.process("subject.txt", context), SUBJECT_MAX);
    if (subject == null) {
      throw new IllegalStateException("Template mail/subject.txt rendered an empty subject");
    }
    return new RenderedMail(subject, engine.process("task.txt", context), engine.process("task.html", context));
  }

  /** The weekly digest of a school's missing monitoring data ({@code data-digest*.txt/html}). */
  public RenderedMail render(DigestMail mail) {
    Context context = new Context(POLISH);
    context.setVariable("schoolName", MailText.singleLine(mail.schoolName(), 150));
    context.setVariable("people", mail.people());
    context.setVariable("peopleText", persons(mail.people()));
    context.setVariable("listed", mail.listed().stream().map(p -> new DigestLine(
        MailText.singleLine(p.firstName() + " " + p.lastName(), 200),
        MailText.singleLine(String.join(", ", p.missingLabels()), 2000))).toList());
    context.setVariable("notListed", mail.notListed());
    context.setVariable("notListedText", mail.notListed() == 0 ? null : others(mail.notListed()));
    context.setVariable("link", mail.link());
    String subject = MailText.singleLine(engine.process("data-digest-subject.txt", context), SUBJECT_MAX);
    if (subject == null) {
      throw new IllegalStateException("Template mail/data-digest-subject.txt rendered an empty subject");
    }
    return new RenderedMail(subject, engine.process("data-digest.txt", context),
        engine.process("data-digest.html", context));
  }

  /** One person of the digest: name, and the labels of what they lack. */
  public record DigestLine(String name, String missing) {}

  /** "1 osoba", "3 osoby", "5 osób", "22 osoby", "112 osób". */
  static String persons(int n) {
    return n + " " + (n == 1 ? "osoba" : few(n) ? "osoby" : "osób");
  }

  /** "i 1 inna osoba", "i 3 inne osoby", "i 5 innych osób". */
  static String others(int n) {
    return "i " + n + (n == 1 ? " inna osoba" : few(n) ? " inne osoby" : " innych osób");
  }

  private static boolean few(int n) {
    return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
  }

  private static String format(ZonedDateTime time) {
    return time == null ? null : DATE_TIME.format(time);
  }
}
