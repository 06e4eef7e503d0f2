package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the teacher application (start form) and of its correction: the checks every
 * internship application shares, with the teacher's hour limits ({@code vet.internship.teacher-hours*};
 * absent planned hours mean the configured {@code teacher-hours}).
 */
@Component
public class TeacherApplicationRules implements FormRules {
  static final String APPLICATION_FORM = "teacher-internship-application";
  static final String CORRECTION_FORM = "teacher-internship-correction";

  private final InternshipApplicationChecks checks;
  private final InternshipSettings settings;

  TeacherApplicationRules(InternshipApplicationChecks checks, InternshipSettings settings) {
    this.checks = checks;
    this.settings = settings;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(APPLICATION_FORM, CORRECTION_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    checks.pesel(s, v, TEACHER_PESEL);
    checks.ownSchool(s, v);
    checks.knownEmployer(s, v);
    Long hours = s.number(PLANNED_HOURS);
    checks.period(s, v, hours == null ? settings.teacherHours() : hours, settings.teacherHoursMin(),
        settings.teacherHoursMax());
  }
}
