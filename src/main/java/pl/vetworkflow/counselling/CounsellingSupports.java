package pl.vetworkflow.counselling;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.vetworkflow.support.SupportRegistry;

/**
 * The pupil's form of support of a counselling case, kept by {@code support.SupportRegistry} (kind
 * CAREER_COUNSELLING): IN_PROGRESS from the start, COMPLETED with the action plan or NOT_COMPLETED
 * when the pupil resigns, with the hours of the sessions held. The registry counts whole hours: the
 * sum of the sessions is rounded half up (2.5 h → 3).
 */
@Component
public class CounsellingSupports {
  public static final SupportRegistry.Kind KIND = SupportRegistry.Kind.CAREER_COUNSELLING;

  /** The case's support. */
  public record Support(long participantId, LocalDate start, LocalDate end, SupportRegistry.Status status,
      Integer hours) {}

  private final SupportRegistry supports;

  public CounsellingSupports(SupportRegistry supports) {
    this.supports = supports;
  }

  public void start(long participantId, String businessKey, String processInstanceId, LocalDate start) {
    supports.start(participantId, KIND, businessKey, processInstanceId, start);
  }

  public void finish(String businessKey, SupportRegistry.Status status, LocalDate end, double hours) {
    supports.finish(KIND, businessKey, status, end, wholeHours(hours));
  }

  public Optional<Support> ofCase(String businessKey) {
    return supports.find(KIND, businessKey)
        .map(s -> new Support(s.participantId(), s.start(), s.end(), s.status(), s.hours()));
  }

  static int wholeHours(double hours) {
    return (int) Math.round(hours);
  }
}
