package pl.vetworkflow.formoptions;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;

/**
 * Schools a user may act for: the programme office (and the application itself) any school of the
 * registry, everyone else the schools whose organisation group they are in.
 */
@Component
public class SchoolOptions implements FormOptionSource {
  public static final String NAME = "schools";

  private final OrganisationRepository organisations;

  public SchoolOptions(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<FormOption> options(FormUser user) {
    boolean anySchool = user.isSystem() || user.inGroup(Groups.COORDINATORS) || user.inGroup(Groups.ADMINS);
    return organisations.schools().stream()
        .filter(s -> anySchool || user.inGroup(Groups.school(s.id())))
        .map(s -> new FormOption(s.id(), label(s)))
        .toList();
  }

  @Override
  public boolean preselectsSingleChoice() {
    return true;
  }

  @Override
  public String refusal(FormUser user, String value) {
    return organisations.school(value)
        .map(s -> "możesz składać wnioski tylko dla własnej szkoły: nie jesteś koordynatorem szkoły „" + s.name() + "”")
        .orElse("nieznana szkoła: wybierz szkołę z listy");
  }

  private static String label(School school) {
    return school.name() + " (" + school.schoolComplex() + ")";
  }
}
