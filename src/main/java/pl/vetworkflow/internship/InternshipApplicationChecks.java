package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.EmployerPlacementVariables.EMPLOYER_ID;
import static pl.vetworkflow.internship.EmployerPlacementVariables.PLANNED_END_DATE;
import static pl.vetworkflow.internship.EmployerPlacementVariables.PLANNED_HOURS;
import static pl.vetworkflow.internship.EmployerPlacementVariables.PLANNED_START_DATE;
import static pl.vetworkflow.internship.StudentInternshipVariables.SCHOOL_ID;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.SchoolChecks;
import pl.vetworkflow.validation.Violations;

/**
 * Checks every internship application shares (student and teacher: start form and correction): a
 * valid PESEL, a known school of the submitting coordinator, a known preferred employer, a planned
 * period whose hours fit the daily and weekly limits and the programme's limits for that internship.
 */
@Component
class InternshipApplicationChecks {
  private final OrganisationRepository organisations;
  private final SchoolChecks schools;
  private final InternshipSettings settings;

  InternshipApplicationChecks(OrganisationRepository organisations, SchoolChecks schools, InternshipSettings settings) {
    this.organisations = organisations;
    this.schools = schools;
    this.settings = settings;
  }

  /** The PESEL in {@code key}, or null after recording why it is invalid. */
  Pesel pesel(FormSubmission s, Violations v, String key) {
    try {
      return Pesel.parse(s.text(key));
    } catch (IllegalArgumentException e) {
      v.add(key, e.getMessage());
      return null;
    }
  }

  /** A known school, and the submitting user (if any) is in that school's group or an administrator. */
  void ownSchool(FormSubmission s, Violations v) {
    schools.ownSchool(s, v, SCHOOL_ID);
  }

  /** The preferred employer, when one is named, is in the registry. */
  void knownEmployer(FormSubmission s, Violations v) {
    String employerId = s.text(EMPLOYER_ID);
    if (employerId != null && organisations.employer(employerId).isEmpty()) {
      v.add(EMPLOYER_ID, "nieznany pracodawca: wybierz pracodawcę z listy");
    }
  }

  /**
   * End not before start; {@code hours} within {@code min..max} and within what fits into the period
   * at the configured hours per day (no Sundays) and per week.
   */
  void period(FormSubmission s, Violations v, long hours, int min, int max) {
    LocalDate start = s.date(PLANNED_START_DATE);
    LocalDate end = s.date(PLANNED_END_DATE);
    if (end.isBefore(start)) {
      v.add(PLANNED_END_DATE, "data zakończenia " + PolishDates.format(end) + " jest wcześniejsza niż data rozpoczęcia " + PolishDates.format(start));
    } else {
      long fits = InternshipCalendar.maxHours(start, end, settings.maxHoursPerDay(), settings.maxHoursPerWeek());
      if (hours > fits) {
        v.add(PLANNED_HOURS, hours + " godzin nie mieści się w okresie " + PolishDates.format(start) + " – " + PolishDates.format(end) + " (najwyżej "
            + settings.maxHoursPerDay() + " h dziennie i " + settings.maxHoursPerWeek() + " h tygodniowo: " + fits + " h)");
      }
    }
    if (hours < min || hours > max) {
      v.add(PLANNED_HOURS, "liczba godzin musi mieścić się w limitach programu: " + min + "–" + max);
    }
  }
}
