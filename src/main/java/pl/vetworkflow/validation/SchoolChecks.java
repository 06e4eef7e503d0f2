package pl.vetworkflow.validation;

import org.springframework.stereotype.Component;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;

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
      v.add(field, "nieznana szkoła '" + schoolId + "' (brak w rejestrze szkół)");
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
      v.add(field, "możesz składać wnioski tylko dla własnej szkoły; nie jesteś koordynatorem szkoły '"
          + schoolId + "'");
    }
    return true;
  }
}
