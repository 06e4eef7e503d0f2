package pl.vetworkflow.counselling;

import static pl.vetworkflow.counselling.CareerCounsellingVariables.*;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.SchoolChecks;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the counselling forms. Start: a known school, the coordinator's own (the
 * programme office picks any); a valid PESEL; a pupil already in the registry is a pupil there and
 * under the same name. Session: a resignation needs its reason; otherwise date, hours, topic and
 * the last-session answer, the date neither in the future nor before the previous session's.
 * Action plan: "inne" is described in the remarks.
 */
@Component
public class CareerCounsellingRules implements FormRules {
  static final String START_FORM = "career-counselling-start";
  static final String SESSION_FORM = "career-counselling-session";
  static final String ACTION_PLAN_FORM = "career-counselling-action-plan";

  private final SchoolChecks schools;
  private final ParticipantRegistry registry;
  private final EngineClock clock;

  public CareerCounsellingRules(SchoolChecks schools, ParticipantRegistry registry, EngineClock clock) {
    this.schools = schools;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(START_FORM, SESSION_FORM, ACTION_PLAN_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    switch (s.formId()) {
      case START_FORM -> start(s, v);
      case SESSION_FORM -> session(s, v);
      default -> actionPlan(s, v);
    }
  }

  private void start(FormSubmission s, Violations v) {
    if (!v.has(SCHOOL_ID) && schools.knownSchool(s, v, SCHOOL_ID)) {
      schools.ownSchoolUnlessOffice(s, v, SCHOOL_ID, "rozpocząć doradztwo tylko dla ucznia własnej szkoły");
    }
    if (v.has(PUPIL_PESEL)) {
      return;
    }
    Pesel pesel;
    try {
      pesel = Pesel.parse(s.text(PUPIL_PESEL));
    } catch (IllegalArgumentException e) {
      v.add(PUPIL_PESEL, e.getMessage());
      return;
    }
    Optional<Participant> known = registry.findByPesel(pesel.value());
    if (known.isEmpty()) {
      return;
    }
    Participant p = known.get();
    if (p.type() != ParticipantType.STUDENT) {
      v.add(PUPIL_PESEL, "osoba jest w rejestrze uczestników, ale nie jako uczeń; doradztwo edukacyjno-zawodowe"
          + " prowadzi się dla uczniów");
    } else if (!p.firstName().equalsIgnoreCase(String.valueOf(s.text(PUPIL_FIRST_NAME)))
        || !p.lastName().equalsIgnoreCase(String.valueOf(s.text(PUPIL_LAST_NAME)))) {
      v.add(PUPIL_PESEL, "pod tym numerem PESEL w rejestrze uczestników jest " + p.firstName() + " " + p.lastName()
          + " – sprawdź PESEL albo imię i nazwisko");
    }
  }

  private void session(FormSubmission s, Violations v) {
    if (s.isTrue(PUPIL_RESIGNED)) {
      if (s.text(RESIGNATION_REASON) == null) {
        v.add(RESIGNATION_REASON, "podaj powód rezygnacji ucznia");
      }
      return;
    }
    required(s, v, SESSION_HOURS, "podaj liczbę godzin sesji");
    required(s, v, SESSION_TOPIC, "podaj temat sesji");
    required(s, v, LAST_SESSION, "odpowiedz, czy to ostatnia sesja");
    if (!required(s, v, SESSION_DATE, "podaj datę sesji")) {
      return;
    }
    LocalDate date = s.date(SESSION_DATE);
    LocalDate today = clock.today();
    if (date.isAfter(today)) {
      v.add(SESSION_DATE, "data sesji " + PolishDates.format(date) + " jest późniejsza niż dziś ("
          + PolishDates.format(today) + "): sesję zapisuje się po jej odbyciu");
      return;
    }
    LocalDate previous = RecordCounsellingSessionDelegate.lastDate(sessions.getOrNull(s.current()));
    if (previous != null && date.isBefore(previous)) {
      v.add(SESSION_DATE, "data sesji " + PolishDates.format(date) + " jest wcześniejsza niż data poprzedniej sesji ("
          + PolishDates.format(previous) + ")");
    }
  }

  private static void actionPlan(FormSubmission s, Violations v) {
    if (RecommendedPath.OTHER.name().equals(s.text(RECOMMENDED_PATH)) && s.text(PLAN_REMARKS) == null) {
      v.add(PLAN_REMARKS, "zalecono ścieżkę „inne”: opisz ją w uwagach");
    }
  }

  /** Whether the field has a value (fields hidden by a resignation are not required by the form itself). */
  private static boolean required(FormSubmission s, Violations v, String field, String message) {
    if (v.has(field)) {
      return false;
    }
    if (s.text(field) == null) {
      v.add(field, message);
      return false;
    }
    return true;
  }
}
