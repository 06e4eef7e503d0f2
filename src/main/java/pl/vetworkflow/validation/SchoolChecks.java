package pl.vetworkflow.validation;

import org.springframework.stereotype.Component;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;

/** Form rules about the school a request is made for, shared by the processes' start forms. */
@Component
public class SchoolChecks {
  private final OrganisationRepository organisations;

  public SchoolChecks(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  /** Whether {@code field} names a school of the registry; records the violation if not. */
  public boolean knownSchool(FormSubmission s, Violations v, String field) {
    String schoolId = s.text(field);
    if (schoolId == null || organisations.school(schoolId).isEmpty()) {
      v.add(field, "nieznana szkoła: wybierz szkołę z listy");
      return false;
    }
    return true;
  }

  /**
   * A known school, and the submitting user (if any) is in that school's group or an administrator.
   * Returns whether the school is known (the caller may check more about it).
   */
  public boolean ownSchool(FormSubmission s, Violations v, String field) {
    if (!knownSchool(s, v, field)) {
      return false;
    }
    String schoolId = s.text(field);
    if (s.authenticated() && !s.inGroup(Groups.school(schoolId)) && !s.inGroup(Groups.ADMINS)) {
      v.add(field, "możesz składać wnioski tylko dla własnej szkoły; nie jesteś koordynatorem szkoły "
          + name(schoolId));
    }
    return true;
  }

  /** A school as people read it in a message: its name in quotes (the registry id only if unknown). */
  public String name(String schoolId) {
    return "„" + organisations.school(schoolId).map(School::name).orElse(schoolId) + "”";
  }
}
