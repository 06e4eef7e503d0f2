package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the internship task forms (coordinator, employer, school, teacher, accounting), of
 * the student and the teacher internship alike where the rule is the same (review reason, employer
 * selection, placement, dates not in the future, attendance within 8 h/day and 40 h/week).
 */
@Component
public class InternshipTaskRules implements FormRules {
  private final OrganisationRepository organisations;
  private final InternshipSettings settings;

  public InternshipTaskRules(OrganisationRepository organisations, InternshipSettings settings) {
    this.organisations = organisations;
    this.settings = settings;
  }

  @Override
  public Set<String> formIds() {
    return Set.of("student-internship-review", "internship-employer-selection", "employer-placement-confirmation",
        "internship-agreement-preparation", "internship-agreement-participant-signature",
        "internship-agreement-employer-signature", "internship-dropout-report", "internship-attendance-confirmation",
        "internship-hours-shortfall", "internship-certificate", "internship-payment",
        "teacher-internship-review", "teacher-internship-agreement-preparation", "teacher-internship-teacher-signature",
        "teacher-internship-dropout-report", "teacher-internship-attendance", "teacher-internship-confirmation");
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    switch (s.formId()) {
      case "student-internship-review", "teacher-internship-review" -> {
        if (!"APPROVE".equals(s.text(REVIEW_DECISION)) && s.text(REVIEW_REASON) == null) {
          v.add(REVIEW_REASON, "podaj uzasadnienie odrzucenia lub zwrotu do poprawy");
        }
      }
      case "internship-employer-selection" -> {
        if ("EMPLOYER".equals(s.text(EMPLOYER_SELECTION))) {
          String employerId = s.text(EMPLOYER_ID);
          if (employerId == null) {
            v.add(EMPLOYER_ID, "wskaż pracodawcę");
          } else if (organisations.employer(employerId).isEmpty()) {
            v.add(EMPLOYER_ID, "nieznany pracodawca: wybierz pracodawcę z listy");
          } else if (EmployerPlacementVariables.DECLINE.equals(s.current().get(PLACEMENT_DECISION))
              && employerId.equals(s.current().get(EMPLOYER_ID))) {
            v.add(EMPLOYER_ID, "ten pracodawca odmówił przyjęcia: wskaż innego");
          }
        }
      }
      case "employer-placement-confirmation" -> {
        if (EmployerPlacementVariables.CONFIRM.equals(s.text(PLACEMENT_DECISION))) {
          require(s, v, TUTOR_NAME, "podaj opiekuna stażysty");
          require(s, v, WORKPLACE, "podaj miejsce odbywania stażu");
        } else {
          require(s, v, EmployerPlacementVariables.PLACEMENT_DECLINE_REASON, "podaj powód odmowy");
        }
      }
      case "internship-agreement-preparation", "teacher-internship-agreement-preparation" ->
          notInFuture(s, v, AGREEMENT_DATE);
      case "teacher-internship-teacher-signature" -> notInFuture(s, v, TeacherInternshipVariables.TEACHER_SIGNATURE_DATE);
      case "internship-agreement-participant-signature" -> {
        boolean minor = Boolean.TRUE.equals(s.current().get(STUDENT_MINOR));
        String expected = minor ? "GUARDIAN" : "STUDENT";
        if (!expected.equals(s.text(PARTICIPANT_SIGNED_BY))) {
          v.add(PARTICIPANT_SIGNED_BY, minor
              ? "uczeń jest niepełnoletni: umowę podpisuje rodzic lub opiekun prawny"
              : "uczeń jest pełnoletni: umowę podpisuje uczeń");
        }
        notInFuture(s, v, PARTICIPANT_SIGNATURE_DATE);
      }
      case "internship-agreement-employer-signature" -> notInFuture(s, v, EMPLOYER_SIGNATURE_DATE);
      case "internship-dropout-report", "teacher-internship-dropout-report" -> notInFuture(s, v, DROPOUT_DATE);
      case "internship-attendance-confirmation", "teacher-internship-attendance" -> attendance(s, v);
      case "internship-hours-shortfall" -> { }
      case "internship-certificate", "teacher-internship-confirmation" -> notInFuture(s, v, CERTIFICATE_DATE);
      case "internship-payment" -> {
        notInFuture(s, v, STIPEND_PAID_DATE);
        notInFuture(s, v, TUTOR_COMPENSATION_PAID_DATE);
      }
      default -> throw new IllegalStateException("No rules for form " + s.formId());
    }
  }

  private void attendance(FormSubmission s, Violations v) {
    LocalDate start = s.date(ACTUAL_START_DATE);
    LocalDate end = s.date(ACTUAL_END_DATE);
    long hours = s.number(ACTUAL_HOURS);
    if (end.isBefore(start)) {
      v.add(ACTUAL_END_DATE, "data zakończenia " + PolishDates.format(end) + " jest wcześniejsza niż data rozpoczęcia " + PolishDates.format(start));
      return;
    }
    notInFuture(s, v, ACTUAL_END_DATE);
    long workingDays = InternshipCalendar.workingDays(start, end);
    long weeks = InternshipCalendar.weeks(start, end);
    if (hours > workingDays * settings.maxHoursPerDay()) {
      v.add(ACTUAL_HOURS, hours + " godzin przekracza " + settings.maxHoursPerDay() + " h dziennie ("
          + workingDays + " dni stażu bez niedziel: najwyżej " + workingDays * settings.maxHoursPerDay() + " h)");
    } else if (hours > weeks * settings.maxHoursPerWeek()) {
      v.add(ACTUAL_HOURS, hours + " godzin przekracza " + settings.maxHoursPerWeek() + " h tygodniowo ("
          + weeks + " tyg.: najwyżej " + weeks * settings.maxHoursPerWeek() + " h)");
    }
  }

  private static void require(FormSubmission s, Violations v, String key, String message) {
    if (s.text(key) == null) {
      v.add(key, message);
    }
  }

  private static void notInFuture(FormSubmission s, Violations v, String key) {
    LocalDate date = s.date(key);
    LocalDate today = today();
    if (date != null && date.isAfter(today)) {
      v.add(key, "data " + PolishDates.format(date) + " jest w przyszłości (dziś " + PolishDates.format(today) + ")");
    }
  }

  static LocalDate today() {
    Date now = ClockUtil.getCurrentTime();
    return LocalDate.ofInstant(now.toInstant(), ZoneId.of("Europe/Warsaw"));
  }
}
