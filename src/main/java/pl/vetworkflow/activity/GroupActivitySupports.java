package pl.vetworkflow.activity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.support.SupportRegistry;

/**
 * The forms of support of group activities, kept by {@code support.SupportRegistry}: one per
 * participant of the case (kind = the activity's kind), IN_PROGRESS from the enrolment, COMPLETED or
 * NOT_COMPLETED by the attendance. The feature's one way to the registry, in its own words (kinds,
 * PESEL).
 */
@Component
public class GroupActivitySupports {
  /** One participant's support in a case. */
  public record Support(long participantId, String pesel, ActivityKind kind, LocalDate start, LocalDate end,
      SupportRegistry.Status status, Integer hours) {}

  private final SupportRegistry supports;
  private final ParticipantRegistry participants;

  public GroupActivitySupports(SupportRegistry supports, ParticipantRegistry participants) {
    this.supports = supports;
    this.participants = participants;
  }

  public void start(long participantId, ActivityKind kind, String businessKey, String processInstanceId,
      LocalDate start) {
    supports.start(participantId, registryKind(kind), businessKey, processInstanceId, start);
  }

  public void finish(ActivityKind kind, String businessKey, String pesel, SupportRegistry.Status status, LocalDate end,
      long hours) {
    long participant = participants.findByPesel(pesel).orElseThrow(() -> new IllegalStateException(
        "A participant of case " + businessKey + " is not in the registry")).id();
    supports.finish(participant, registryKind(kind), businessKey, status, end, Math.toIntExact(hours));
  }

  /** The case's supports, by PESEL. */
  public List<Support> ofCase(String businessKey) {
    return supports.ofCase(businessKey).stream()
        .map(s -> new Support(s.participantId(), participants.find(s.participantId()).orElseThrow().pesel(),
            ActivityKind.valueOf(s.kind().name()), s.start(), s.end(), s.status(), s.hours()))
        .sorted(Comparator.comparing(Support::pesel)).toList();
  }

  private static SupportRegistry.Kind registryKind(ActivityKind kind) {
    return SupportRegistry.Kind.valueOf(kind.name());
  }
}
