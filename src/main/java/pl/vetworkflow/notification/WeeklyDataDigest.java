package pl.vetworkflow.notification;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.vetworkflow.engine.Commands;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.identity.Groups;

/**
 * One e-mail a week to each school coordinator (every member of the school's group
 * {@code school-<id>}) whose school has people who cannot be reported to the monitoring system yet
 * ({@link DataGaps}): how many, the first {@code vet.data-digest.max-listed} by name with the labels
 * of what they lack (never a PESEL), and a link to Tasklist. It replaces a message per task of the
 * process that collects the data: a course start creates twenty such tasks at once.
 *
 * <p><b>When.</b> From {@code vet.data-digest.day-of-week} at {@code hour} (in
 * {@code vet.mail.time-zone}) to the end of that ISO week, every run of the job (every node,
 * {@link DataDigestScheduler}) writes what is still missing for the week: a node that was down at the
 * hour catches up later in the week; a school whose data are complete gets nothing.
 *
 * <p><b>Exactly once per school, recipient and week, on any number of nodes.</b> A school's messages
 * are written in one transaction that first records each of them in {@link DataDigestLog} (primary key
 * on school, recipient, week). A node that comes second fails on the insert (on PostgreSQL it waits
 * for the first node's transaction, then finds the row) and rolls back, messages included.
 */
@Component
public class WeeklyDataDigest {
  private static final Logger LOG = LoggerFactory.getLogger(WeeklyDataDigest.class);

  private final DataGaps gaps;
  private final DataDigestLog log;
  private final MailOutbox outbox;
  private final MailRenderer renderer;
  private final RecipientResolver recipients;
  private final TaskLinks links;
  private final MailSettings mailSettings;
  private final DataDigestSettings settings;
  private final ProcessEngine engine;
  private final TransactionTemplate transactions;
  private final EngineClock clock;
  private final String node;

  public WeeklyDataDigest(DataGaps gaps, DataDigestLog log, MailOutbox outbox, MailRenderer renderer,
      RecipientResolver recipients, TaskLinks links, MailSettings mailSettings, DataDigestSettings settings,
      ProcessEngine engine, PlatformTransactionManager transactionManager, MailDispatcher dispatcher,
      EngineClock clock) {
    this.gaps = gaps;
    this.log = log;
    this.outbox = outbox;
    this.renderer = renderer;
    this.recipients = recipients;
    this.links = links;
    this.mailSettings = mailSettings;
    this.settings = settings;
    this.engine = engine;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.node = dispatcher.nodeId();
  }

  /**
   * What one run did. {@code due}: the week's digest was due; {@code schools}: schools with people
   * who cannot be reported; {@code messages}: written now; {@code lost}: schools another node wrote first.
   */
  public record Result(String isoWeek, boolean due, int schools, int messages, int lost, int failed) {}

  public Result run() {
    return run(clock.now());
  }

  /** One run at {@code now}. */
  public Result run(Instant now) {
    String week = isoWeek(now);
    if (!settings.enabled() || now.isBefore(dueFrom(now))) {
      return new Result(week, false, 0, 0, 0, 0);
    }
    List<DataGaps.SchoolGaps> schools = new ArrayList<>(gaps.schoolsWithGaps());
    Collections.shuffle(schools); // nodes running at once mostly work on different schools
    Set<String> recorded = log.recorded(week);
    int messages = 0;
    int lost = 0;
    int failed = 0;
    for (DataGaps.SchoolGaps school : schools) {
      try {
        messages += send(school, week, recorded, now);
      } catch (DuplicateKeyException | ConcurrencyFailureException e) {
        lost++;
        LOG.debug("Data digest of school {} for {}: written by another node", school.schoolId(), week);
      } catch (RuntimeException e) {
        failed++;
        LOG.warn("Data digest of school {} for {} failed, tried again at the next run", school.schoolId(), week, e);
      }
    }
    if (messages + lost + failed > 0) {
      LOG.info("Data digest {}: {} school(s) with missing data, {} message(s) written, {} by another node, {} failed",
          week, schools.size(), messages, lost, failed);
    }
    return new Result(week, true, schools.size(), messages, lost, failed);
  }

  /** Records and writes one school's messages of the week, in one transaction; how many. */
  private int send(DataGaps.SchoolGaps school, String week, Set<String> recorded, Instant now) {
    Integer written = transactions.execute(status -> {
      List<Recipient> people = Commands.inCommand(engine, () -> recipients.forGroup(Groups.school(school.schoolId())));
      int max = settings.maxListed();
      List<DataGaps.PersonGaps> listed = school.people().subList(0, Math.min(max, school.people().size()));
      DigestMail mail = new DigestMail(school.schoolName(), school.people().size(), listed,
          school.people().size() - listed.size(), links.tasklist());
      RenderedMail rendered = null;
      int count = 0;
      for (Recipient recipient : people) {
        if (recorded.contains(DataDigestLog.key(school.schoolId(), recipient.userId()))) {
          continue;
        }
        log.record(school.schoolId(), recipient.userId(), week, school.people().size(), now, node);
        rendered = rendered == null ? renderer.render(mail) : rendered;
        outbox.enqueueWithoutTask(NotificationKind.DATA_DIGEST, recipient.email(), recipient.userId(), rendered,
            null, now);
        count++;
      }
      return count;
    });
    return written == null ? 0 : written;
  }

  /** The ISO week of {@code now} in the mail time zone, e.g. {@code 2026-W49}. */
  String isoWeek(Instant now) {
    ZonedDateTime local = now.atZone(mailSettings.timeZone());
    return String.format("%d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** When the digest of {@code now}'s week is due: its configured day and hour. */
  Instant dueFrom(Instant now) {
    ZonedDateTime local = now.atZone(mailSettings.timeZone());
    ZonedDateTime monday = local.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
        .truncatedTo(ChronoUnit.DAYS);
    return monday.plusDays(settings.dayOfWeek().getValue() - 1L).withHour(settings.hour()).toInstant();
  }
}
