package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.Violations;

/** Business rules of the student application (start form) and of its correction. */
@Component
public class StudentApplicationRules implements FormRules {
  static final String APPLICATION_FORM = "student-internship-application";
  static final String CORRECTION_FORM = "student-internship-correction";

  private final InternshipApplicationChecks checks;
  private final InternshipSettings settings;

  StudentApplicationRules(InternshipApplicationChecks checks, InternshipSettings settings) {
    this.checks = checks;
    this.settings = settings;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(APPLICATION_FORM, CORRECTION_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    Pesel pesel = checks.pesel(s, v, STUDENT_PESEL);
    checks.ownSchool(s, v);
    checks.knownEmployer(s, v);
    checks.period(s, v, s.number(PLANNED_HOURS), settings.studentHoursMin(), settings.studentHoursMax());
    LocalDate start = s.date(PLANNED_START_DATE);
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
