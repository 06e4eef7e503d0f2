package pl.vetworkflow.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One person of a people file: every row with the same e-mail address is one person (a school
 * coordinator of two schools of one complex is two rows). {@code userId} is null until known.
 */
public record Person(String userId, String firstName, String lastName, String email, List<Assignment> assignments,
    int firstLine) {

  /** A role in an organisation (null for the programme office's roles), as the row named it. */
  public record Assignment(PersonRole role, String organisationId, String organisationName, int line) {}

  public Person withUserId(String id) {
    return new Person(id, firstName, lastName, email, assignments, firstLine);
  }

  /** Every group the person belongs in. */
  public Set<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    for (Assignment a : assignments) {
      groups.addAll(a.role().groups(a.organisationId()));
    }
    return groups;
  }

  /** "koordynator szkolny: Technikum nr 1 w Opolu; księgowość" */
  public String rolesText() {
    return assignments.stream()
        .map(a -> a.organisationName() == null ? a.role().polish() : a.role().polish() + ": " + a.organisationName())
        .collect(Collectors.joining("; "));
  }
}
