package pl.vetworkflow.formoptions;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;

/**
 * People already in the participant registry whom a user may enrol: a school its own pupils and
 * teachers, the programme office (and the application itself) anyone. The value is the PESEL.
 */
@Component
public class ParticipantOptions implements FormOptionSource {
  public static final String NAME = "participants";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ParticipantRegistry registry;
  private final OrganisationRepository organisations;

  public ParticipantOptions(ParticipantRegistry registry, OrganisationRepository organisations) {
    this.registry = registry;
    this.organisations = organisations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<FormOption> options(FormUser user) {
    List<Participant> people = everyone(user) ? registry.all() : registry.ofSchools(schools(user));
    return people.stream().map(p -> new FormOption(p.pesel(), label(p))).toList();
  }

  @Override
  public boolean allows(FormUser user, String value) {
    return registry.findByPesel(value)
        .filter(p -> everyone(user) || (p.schoolId() != null && user.inGroup(Groups.school(p.schoolId()))))
        .isPresent();
  }

  @Override
  public String refusal(FormUser user, String value) {
    return "wybierz osobę z listy: tej osoby nie ma wśród uczestników zarejestrowanych przez Twoją szkołę";
  }

  private static boolean everyone(FormUser user) {
    return user.isSystem() || user.inGroup(Groups.COORDINATORS) || user.inGroup(Groups.ADMINS);
  }

  private List<String> schools(FormUser user) {
    return organisations.schools().stream().map(School::id).filter(id -> user.inGroup(Groups.school(id))).toList();
  }

  private static String label(Participant p) {
    return p.lastName() + " " + p.firstName() + ", ur. " + DATE.format(p.birthDate());
  }
}
