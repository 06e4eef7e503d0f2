package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
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
 * Business rules of the course task forms: review (target override, provider), kurator approval,
 * enrolment and its changes (participant type, school, seats, notices), results (attendance, exam,
 * certificates by the completion rule) and their confirmation.
 */
@Component
public class CourseTaskRules implements FormRules {
  static final String REVIEW_FORM = "course-review";
  static final String KURATOR_FORM = "course-kurator-approval";
  static final String ENROLMENT_FORM = "course-enrolment";
  static final String CHANGES_FORM = "course-enrolment-changes";
  static final String RESULTS_FORM = "course-results";
  static final String CONFIRMATION_FORM = "course-results-confirmation";

  private final CourseSettings settings;
  private final CourseRegistry courses;
  private final ParticipantRegistry participants;
  private final CourseCompletion completion;
  private final SchoolChecks schools;

  public CourseTaskRules(CourseSettings settings, CourseRegistry courses, ParticipantRegistry participants,
      CourseCompletion completion, SchoolChecks schools) {
    this.schools = schools;
    this.settings = settings;
    this.courses = courses;
    this.participants = participants;
    this.completion = completion;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(REVIEW_FORM, KURATOR_FORM, ENROLMENT_FORM, CHANGES_FORM, RESULTS_FORM, CONFIRMATION_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    switch (s.formId()) {
      case REVIEW_FORM -> review(s, v);
      case KURATOR_FORM -> kurator(s, v);
      case ENROLMENT_FORM -> enrolment(s, v);
      case CHANGES_FORM -> changes(s, v);
      case RESULTS_FORM -> results(s, v);
      case CONFIRMATION_FORM -> {
        if (RETURN.equals(s.text(RESULTS_DECISION)) && s.text(RESULTS_REMARKS) == null) {
          v.add(RESULTS_REMARKS, "podaj, co trzeba poprawić w wynikach");
        }
      }
      default -> throw new IllegalStateException("No rules for form " + s.formId());
    }
  }

  // ------------------------------------------------------------------ review

  private void review(FormSubmission s, Violations v) {
    String decision = s.text(REVIEW_DECISION);
    if (!APPROVE.equals(decision)) {
      require(s, v, REVIEW_REASON, REJECT.equals(decision) ? "podaj uzasadnienie odrzucenia"
          : "podaj, co trzeba poprawić we wniosku");
      return;
    }
    if (Boolean.TRUE.equals(s.current().get(TARGET_EXCEEDED))) {
      if (!s.isTrue(TARGET_OVERRIDE)) {
        v.add(TARGET_OVERRIDE, "kurs przekracza pozostały cel programu (" + s.current().get(TARGET_NAME) + ": pozostało "
            + s.current().get(TARGET_REMAINING) + " z " + s.current().get(TARGET_TOTAL) + ", wniosek na "
            + s.current().get(SEATS) + " miejsc): zatwierdzenie wymaga świadomego przekroczenia celu");
      }
      require(s, v, TARGET_OVERRIDE_REASON, "podaj uzasadnienie przekroczenia celu programu");
    }
    String source = s.text(PROVIDER_SOURCE);
    if (source == null) {
      v.add(PROVIDER_SOURCE, "wskaż, jak zostanie wybrany organizator kursu");
    } else if (EXISTING_CONTRACT.equals(source)) {
      require(s, v, PROVIDER_NAME, "podaj organizatora kursu, z którym zawarto umowę");
      require(s, v, CONTRACT_NUMBER, "podaj numer obowiązującej umowy z organizatorem kursu");
    }
  }

  // ------------------------------------------------------------------ kurator oświaty

  private void kurator(FormSubmission s, Violations v) {
    if (KURATOR_REFUSED.equals(s.text(KURATOR_DECISION))) {
      require(s, v, KURATOR_REMARKS, "podaj powód odmowy zatwierdzenia programu przez kuratora oświaty");
      return;
    }
    require(s, v, KURATOR_APPROVAL_NUMBER, "podaj numer zatwierdzenia programu kursu przez kuratora oświaty");
    LocalDate date = s.date(KURATOR_APPROVAL_DATE);
    if (date == null) {
      v.add(KURATOR_APPROVAL_DATE, "podaj datę zatwierdzenia programu kursu przez kuratora oświaty");
    } else if (date.isAfter(CourseDates.today())) {
      v.add(KURATOR_APPROVAL_DATE, "data " + PolishDates.format(date) + " jest w przyszłości (dziś " + PolishDates.format(CourseDates.today()) + ")");
    }
    Long hours = s.number(PROGRAMME_HOURS);
    if (hours == null) {
      v.add(PROGRAMME_HOURS, "podaj liczbę godzin zatwierdzonego programu");
    } else if (hours < settings.pnzMinHours()) {
      v.add(PROGRAMME_HOURS, "program kursu instruktorów PNZ musi mieć co najmniej " + settings.pnzMinHours()
          + " godzin, podano " + hours);
    }
  }

  // ------------------------------------------------------------------ enrolment

  private void enrolment(FormSubmission s, Violations v) {
    CourseKind kind = courseKind.get(s.current());
    if (kind == CourseKind.PNZ_INSTRUCTOR_COURSE && s.current().get(KURATOR_APPROVAL_NUMBER) == null) {
      v.add(PARTICIPANTS, "kurs instruktorów PNZ: brak zatwierdzenia programu przez kuratora oświaty – zapisy"
          + " są możliwe dopiero po jego wprowadzeniu");
      return;
    }
    ParticipantRows.Parsed parsed = ParticipantRows.parse(s.value(PARTICIPANTS));
    parsed.errors().forEach(e -> v.add(PARTICIPANTS, e));
    if (parsed.entries().isEmpty() && parsed.errors().isEmpty()) {
      v.add(PARTICIPANTS, "lista uczestników jest pusta: dodaj co najmniej jednego uczestnika");
    }
    List<CourseRegistry.Enrolment> active = courses.active(caseNumber(s));
    checkEntries(s, v, PARTICIPANTS, kind, parsed.entries(), active.stream().map(CourseRegistry.Enrolment::pesel)
        .collect(Collectors.toSet()));
    checkSeats(s, v, PARTICIPANTS, active.size() + parsed.entries().size() + parsed.errors().size());
  }

  private void changes(FormSubmission s, Violations v) {
    CourseKind kind = courseKind.get(s.current());
    List<CourseRegistry.Enrolment> active = courses.active(caseNumber(s));
    Set<String> enrolled = active.stream().map(CourseRegistry.Enrolment::pesel).collect(Collectors.toSet());
    ParticipantRows.Parsed withdrawn = ParticipantRows.parsePesels(s.value(WITHDRAWALS));
    withdrawn.errors().forEach(e -> v.add(WITHDRAWALS, e));
    for (ParticipantRows.Entry w : withdrawn.entries()) {
      if (!enrolled.contains(w.pesel())) {
        v.add(WITHDRAWALS, w.where() + ", PESEL: tej osoby nie ma na liście uczestników kursu");
      }
    }
    ParticipantRows.Parsed added = ParticipantRows.parse(s.value(ADDITIONAL_PARTICIPANTS));
    added.errors().forEach(e -> v.add(ADDITIONAL_PARTICIPANTS, e));
    if (withdrawn.entries().isEmpty() && withdrawn.errors().isEmpty() && added.entries().isEmpty()
        && added.errors().isEmpty()) {
      v.add(WITHDRAWALS, "nie podano żadnej zmiany: dodaj wiersz z osobą rezygnującą lub dopisz uczestnika");
      return;
    }
    Set<String> withdrawnPesels = withdrawn.entries().stream().map(ParticipantRows.Entry::pesel)
        .collect(Collectors.toSet());
    for (ParticipantRows.Entry a : added.entries()) {
      if (withdrawnPesels.contains(a.pesel())) {
        v.add(ADDITIONAL_PARTICIPANTS, a.where() + ", PESEL: ta sama osoba nie może jednocześnie zrezygnować"
            + " i zostać dopisana");
      }
    }
    checkEntries(s, v, ADDITIONAL_PARTICIPANTS, kind, added.entries(), enrolled);
    long remaining = active.stream().filter(e -> !withdrawnPesels.contains(e.pesel())).count();
    checkSeats(s, v, ADDITIONAL_PARTICIPANTS, remaining + added.entries().size() + added.errors().size());
  }

  /**
   * A PESEL already in the participant registry with other names is refused rather than taking the
   * registry's names: a differing name most often means a mistyped PESEL, i.e. another person.
   */
  private void checkEntries(FormSubmission s, Violations v, String field, CourseKind kind,
      List<ParticipantRows.Entry> entries, Set<String> alreadyEnrolled) {
    String school = schoolId.getOrNull(s.current());
    LocalDate start = s.date(PLANNED_START_DATE);
    for (ParticipantRows.Entry e : entries) {
      String where = e.where() + ", PESEL: ";
      if (alreadyEnrolled.contains(e.pesel())) {
        v.add(field, where + "ta osoba jest już zapisana na ten kurs");
        continue;
      }
      Optional<Participant> known = participants.findByPesel(e.pesel());
      if (known.isPresent()) {
        Participant p = known.get();
        if (p.type() != kind.participantType()) {
          v.add(field, where + "osoba jest w rejestrze uczestników jako: " + CourseKind.typeLabel(p.type())
              + "; na " + kind.label() + " można zapisać tylko: " + CourseKind.typeLabel(kind.participantType()));
        } else if (kind.forSchool() && p.schoolId() != null && !p.schoolId().equals(school)) {
          v.add(field, where + "osoba jest w rejestrze uczestników innej szkoły ("
              + schools.name(p.schoolId()) + "); na kurs szkoły " + schools.name(school)
              + " można zapisać tylko jej uczniów lub nauczycieli");
        } else if (e.firstName() != null && !e.firstName().equalsIgnoreCase(p.firstName())
            || e.lastName() != null && !e.lastName().equalsIgnoreCase(p.lastName())) {
          v.add(field, e.where() + ", imię i nazwisko: pod tym numerem PESEL w rejestrze uczestników jest "
              + p.firstName() + " " + p.lastName() + " – sprawdź PESEL albo zostaw imię i nazwisko puste");
        }
      } else {
        if (e.firstName() == null || e.lastName() == null) {
          v.add(field, e.where() + ", imię i nazwisko: osoby nie ma w rejestrze uczestników – podaj imię i nazwisko");
        } else if (kind.participantType() != ParticipantType.STUDENT && start != null
            && Pesel.parse(e.pesel()).isMinorOn(start)) {
          v.add(field, where + "według numeru PESEL osoba jest niepełnoletnia; na " + kind.label()
              + " można zapisać tylko: " + CourseKind.typeLabel(kind.participantType()));
        }
      }
    }
  }

  private static void checkSeats(FormSubmission s, Violations v, String field, long participants) {
    long seatCount = seats.get(s.current());
    if (participants > seatCount) {
      v.add(field, "liczba uczestników (" + participants + ") przekracza liczbę miejsc na kursie (" + seatCount + ")");
    }
  }

  // ------------------------------------------------------------------ results

  private void results(FormSubmission s, Violations v) {
    CourseKind kind = courseKind.get(s.current());
    ResultRows.Parsed parsed = ResultRows.parse(s.value(COURSE_RESULTS));
    parsed.errors().forEach(e -> v.add(COURSE_RESULTS, e));
    Map<String, CourseRegistry.Enrolment> active = new HashMap<>();
    courses.active(caseNumber(s)).forEach(e -> active.put(e.pesel(), e));
    Set<String> given = new HashSet<>();
    Set<String> certificates = new HashSet<>();
    LocalDate start = s.date(PLANNED_START_DATE);
    LocalDate today = CourseDates.today();
    for (ResultRows.Entry r : parsed.entries()) {
      CourseRegistry.Enrolment enrolment = active.get(r.pesel());
      if (enrolment == null) {
        v.add(COURSE_RESULTS, "wiersz " + r.row() + ", PESEL: tej osoby nie ma na liście uczestników kursu");
        continue;
      }
      given.add(r.pesel());
      String where = "wiersz " + r.row() + " (" + enrolment.name() + ")";
      if (kind.hasExam() && r.exam() == null) {
        v.add(COURSE_RESULTS, where + ", egzamin: kurs kwalifikacyjny kończy się egzaminem – wybierz zdany,"
            + " niezdany albo nieobecny");
        continue;
      }
      if (!kind.hasExam() && r.exam() != null) {
        v.add(COURSE_RESULTS, where + ", egzamin: " + kind.label() + " nie kończy się egzaminem – zostaw pole puste");
        continue;
      }
      CourseCompletion.Outcome outcome = completion.evaluate(kind, r.attendance(), r.exam());
      if (outcome.completed()) {
        if (r.certificateNumber() == null || r.certificateDate() == null) {
          v.add(COURSE_RESULTS, where + ", zaświadczenie: uczestnik ukończył kurs (" + outcome.reason()
              + "): podaj numer i datę zaświadczenia");
        } else if (!certificates.add(r.certificateNumber().toLowerCase(Locale.ROOT))) {
          v.add(COURSE_RESULTS, where + ", numer zaświadczenia: " + r.certificateNumber() + " powtarza się");
        } else if (start != null && r.certificateDate().isBefore(start) || r.certificateDate().isAfter(today)) {
          v.add(COURSE_RESULTS, where + ", data zaświadczenia: " + PolishDates.format(r.certificateDate()) + " musi mieścić się między"
              + " rozpoczęciem kursu (" + PolishDates.format(start) + ") a dniem dzisiejszym (" + PolishDates.format(today) + ")");
        }
      } else if (r.certificateNumber() != null || r.certificateDate() != null) {
        v.add(COURSE_RESULTS, where + ", zaświadczenie: uczestnik nie ukończył kursu (" + outcome.reason()
            + "): nie wpisuj zaświadczenia");
      }
    }
    for (CourseRegistry.Enrolment e : active.values()) {
      if (parsed.errors().isEmpty() && !given.contains(e.pesel())) {
        v.add(COURSE_RESULTS, "brak wyników uczestnika " + e.name() + " – każdy zapisany uczestnik musi mieć wiersz");
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String caseNumber(FormSubmission s) {
    return caseNumber.getOrNull(s.current());
  }

  private static void require(FormSubmission s, Violations v, String key, String message) {
    if (s.text(key) == null) {
      v.add(key, message);
    }
  }
}
