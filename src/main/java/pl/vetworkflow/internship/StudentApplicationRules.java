package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.Violations;

/** Business rules of the student application (start form) and of its correction. */
@Component
public class StudentApplicationRules implements FormRules {
  static final String APPLICATION_FORM = "student-internship-application";
  static final String CORRECTION_FORM = "student-internship-correction";

  private final OrganisationRepository organisations;
  private final InternshipSettings settings;

  public StudentApplicationRules(OrganisationRepository organisations, InternshipSettings settings) {
    this.organisations = organisations;
    this.settings = settings;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(APPLICATION_FORM, CORRECTION_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    Pesel pesel = null;
    try {
      pesel = Pesel.parse(s.text(STUDENT_PESEL));
    } catch (IllegalArgumentException e) {
      v.add(STUDENT_PESEL, e.getMessage());
    }
    String schoolId = s.text(SCHOOL_ID);
    if (organisations.school(schoolId).isEmpty()) {
      v.add(SCHOOL_ID, "nieznana szkoła '" + schoolId + "' (brak w rejestrze szkół)");
    } else if (s.authenticated() && !s.inGroup(Groups.school(schoolId)) && !s.inGroup(Groups.ADMINS)) {
      v.add(SCHOOL_ID, "możesz składać wnioski tylko dla własnej szkoły; nie jesteś koordynatorem szkoły '" + schoolId + "'");
    }
    String employerId = s.text(EMPLOYER_ID);
    if (employerId != null && organisations.employer(employerId).isEmpty()) {
      v.add(EMPLOYER_ID, "nieznany pracodawca '" + employerId + "' (brak w rejestrze pracodawców)");
    }
    LocalDate start = s.date(PLANNED_START_DATE);
    LocalDate end = s.date(PLANNED_END_DATE);
    long hours = s.number(PLANNED_HOURS);
    if (end.isBefore(start)) {
      v.add(PLANNED_END_DATE, "data zakończenia " + end + " jest wcześniejsza niż data rozpoczęcia " + start);
    } else {
      long fits = InternshipCalendar.maxHours(start, end, settings.maxHoursPerDay(), settings.maxHoursPerWeek());
      if (hours > fits) {
        v.add(PLANNED_HOURS, hours + " godzin nie mieści się w okresie " + start + " – " + end + " (najwyżej "
            + settings.maxHoursPerDay() + " h dziennie i " + settings.maxHoursPerWeek() + " h tygodniowo: " + fits + " h)");
      }
    }
    if (hours < settings.studentHoursMin() || hours > settings.studentHoursMax()) {
      v.add(PLANNED_HOURS, "liczba godzin musi mieścić się w limitach programu: " + settings.studentHoursMin()
          + "–" + settings.studentHoursMax());
    }
    if (pesel != null && start != null && pesel.isMinorOn(start)) {
      if (s.text(GUARDIAN_NAME) == null) {
        v.add(GUARDIAN_NAME, "uczeń jest niepełnoletni w dniu rozpoczęcia stażu: podaj rodzica lub opiekuna prawnego");
      }
      if (s.text(GUARDIAN_EMAIL) == null && s.text(GUARDIAN_PHONE) == null) {
        v.add(GUARDIAN_PHONE, "uczeń jest niepełnoletni: podaj telefon lub e-mail rodzica lub opiekuna");
      }
    }
  }
}
