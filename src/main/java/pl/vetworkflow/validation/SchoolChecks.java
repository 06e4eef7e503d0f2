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

  /**
   * Whether the submission is the programme office's: a coordinator or an administrator, or no user
   * at all (a start by the application itself). The office acts for any school.
   */
  public boolean byProgrammeOffice(FormSubmission s) {
    return !s.authenticated() || s.inGroup(Groups.COORDINATORS) || s.inGroup(Groups.ADMINS);
  }

  /**
   * The school in {@code field} is the submitting user's own, unless the programme office submits
   * ({@link #byProgrammeOffice}); records "możesz {@code allowed}; nie jesteś koordynatorem szkoły …"
   * if not. The caller checks first that the school is known ({@link #knownSchool}).
   *
   * @param allowed what the user may do, in Polish: "planować zajęcia tylko dla własnej szkoły"
   */
  public void ownSchoolUnlessOffice(FormSubmission s, Violations v, String field, String allowed) {
    String schoolId = s.text(field);
    if (!byProgrammeOffice(s) && !s.inGroup(Groups.school(schoolId))) {
      v.add(field, "możesz " + allowed + "; nie jesteś koordynatorem szkoły " + name(schoolId));
    }
  }

  /** A school as people read it in a message: its name in quotes (the registry id only if unknown). */
  public String name(String schoolId) {
    return "„" + organisations.school(schoolId).map(School::name).orElse(schoolId) + "”";
  }
}
