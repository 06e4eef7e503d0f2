package pl.vetworkflow.identity;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import pl.vetworkflow.config.VetProperties;
import pl.vetworkflow.engine.DemoPasswords;

/**
 * Demo users of the default (embedded) settings: password = user id, saved past the engine's
 * password policy (which they do not meet). Production (the postgres profile) refuses to start with
 * demo data switched on.
 */
@Component
public class DemoData {
  /** userId, first name, last name, groups. */
  record DemoUser(String id, String firstName, String lastName, String... groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("coordinator", "Katarzyna", "Nowak", Groups.COORDINATORS),
      new DemoUser("school1", "Piotr", "Wiśniewski", Groups.SCHOOL_COORDINATORS, Groups.school("1")),
      new DemoUser("school2", "Agnieszka", "Wójcik", Groups.SCHOOL_COORDINATORS, Groups.school("2")),
      new DemoUser("teacher1", "Tomasz", "Kowalczyk", Groups.TEACHERS, Groups.schoolTeachers("1")),
      new DemoUser("employer1", "Marek", "Zieliński", Groups.EMPLOYERS, Groups.employer("1")),
      new DemoUser("employer2", "Ewa", "Szymańska", Groups.EMPLOYERS, Groups.employer("2")),
      new DemoUser("accountant", "Barbara", "Lewandowska", Groups.ACCOUNTING));

  private final IdentityService identityService;
  private final boolean enabled;

  public DemoData(IdentityService identityService, VetProperties properties, Environment environment) {
    this.identityService = identityService;
    this.enabled = properties.demo().enabled();
    if (enabled && environment.acceptsProfiles(Profiles.of("postgres", "prod", "production"))) {
      throw new IllegalStateException("vet.demo.enabled must be false in production: demo users have"
          + " passwords equal to their ids (active profiles: "
          + Arrays.toString(environment.getActiveProfiles()) + ")");
    }
  }

  public boolean enabled() {
    return enabled;
  }

  public void create() {
    if (!enabled) {
      return;
    }
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).singleResult() == null) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@vet-workflow.example");
        user.setPassword(demo.id());
        // password = id on purpose: the engine's password policy would refuse it (demo only)
        DemoPasswords.saveIgnoringPolicy(identityService, user);
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
  }
}
