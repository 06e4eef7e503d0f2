package pl.vetworkflow.account;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import pl.vetworkflow.identity.Groups;

/** The roles of the people file, by their Polish names, and the groups each one puts a person in. */
public enum PersonRole {
  SCHOOL_COORDINATOR("koordynator szkolny", Groups.SCHOOL_COORDINATORS, Organisation.SCHOOL),
  TEACHER("nauczyciel", Groups.TEACHERS, Organisation.SCHOOL),
  EMPLOYER("pracodawca", Groups.EMPLOYERS, Organisation.EMPLOYER),
  ACCOUNTING("księgowość", Groups.ACCOUNTING, Organisation.NONE),
  PROGRAMME_COORDINATOR("koordynator projektu", Groups.COORDINATORS, Organisation.NONE);

  /** What the organisation column of a row names for the role. */
  public enum Organisation { SCHOOL, EMPLOYER, NONE }

  private final String polish;
  private final String roleGroup;
  private final Organisation organisation;

  PersonRole(String polish, String roleGroup, Organisation organisation) {
    this.polish = polish;
    this.roleGroup = roleGroup;
    this.organisation = organisation;
  }

  public String polish() {
    return polish;
  }

  public Organisation organisation() {
    return organisation;
  }

  /**
   * The groups of a person of this role in the organisation {@code organisationId}: a school
   * coordinator in the school's group, a teacher in the group of the school's teachers (not the
   * school's group: docs/adr/0008), an employer in the employer's group.
   */
  public List<String> groups(String organisationId) {
    return switch (this) {
      case SCHOOL_COORDINATOR -> List.of(roleGroup, Groups.school(organisationId));
      case TEACHER -> List.of(roleGroup, Groups.schoolTeachers(organisationId));
      case EMPLOYER -> List.of(roleGroup, Groups.employer(organisationId));
      case ACCOUNTING, PROGRAMME_COORDINATOR -> List.of(roleGroup);
    };
  }

  /** The role named {@code text} (any case, with or without Polish letters), or null. */
  public static PersonRole parse(String text) {
    String key = key(text);
    return Arrays.stream(values()).filter(r -> key(r.polish).equals(key)).findFirst().orElse(null);
  }

  public static String allPolish() {
    return Arrays.stream(values()).map(PersonRole::polish).collect(Collectors.joining(", "));
  }

  /** Lower case, Polish letters as Latin ones, single spaces: "Księgowość " and "ksiegowosc" are one key. */
  static String key(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.strip().toLowerCase(Locale.ROOT).replace('ł', 'l');
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
  }
}
