package pl.vetworkflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import pl.vetworkflow.config.VetProperties;
import pl.vetworkflow.engine.DemoPasswords;

/**
 * The administrator account. Its password comes from configuration (VET_ADMIN_PASSWORD in
 * production): without one the application does not start, so no installation runs with a
 * default password. An existing account keeps the password it was given in Admin.
 *
 * <p>The account is always a direct member of camunda-admin: the stock setup endpoint treats an
 * admin group without direct members as "not set up yet" (CVE-2026-77226).
 */
@Component
public class AdminAccount {
  private final IdentityService identityService;
  private final VetProperties.Admin admin;
  private final boolean demo;

  public AdminAccount(IdentityService identityService, VetProperties properties) {
    this.identityService = identityService;
    this.admin = properties.admin();
    this.demo = properties.demo().enabled();
    if (admin.user() == null || admin.user().isBlank()) {
      throw new IllegalStateException("vet.admin.user (VET_ADMIN_USER) must name the administrator account");
    }
    if (admin.password() == null || admin.password().isBlank()) {
      throw new IllegalStateException(
          "vet.admin.password (VET_ADMIN_PASSWORD) must be set: there is no default administrator password");
    }
    if (!demo && identityService.getPasswordPolicy() != null
        && identityService.createUserQuery().userId(admin.user()).count() == 0) {
      // checked here, before anything starts, and only when the account is yet to be created
      PasswordPolicyResult check = identityService.checkPasswordAgainstPolicy(admin.password(), newAdmin());
      if (!check.isValid()) {
        throw new IllegalStateException("vet.admin.password (VET_ADMIN_PASSWORD) does not meet the password policy"
            + " (at least 10 characters with a lower-case and an upper-case letter, a digit and a special"
            + " character, not containing the user id or names); broken rules: "
            + check.getViolatedRules().stream().map(r -> r.getPlaceholder()).toList());
      }
    }
  }

  private User newAdmin() {
    User user = identityService.newUser(admin.user());
    user.setFirstName("Administrator");
    user.setLastName("systemu");
    user.setEmail(admin.email() == null || admin.email().isBlank() ? null : admin.email());
    return user;
  }

  public void ensure() {
    if (identityService.createUserQuery().userId(admin.user()).singleResult() == null) {
      User user = newAdmin();
      user.setPassword(admin.password());
      if (demo) {
        // admin/admin of the demo does not meet the engine's password policy
        DemoPasswords.saveIgnoringPolicy(identityService, user);
      } else {
        identityService.saveUser(user); // checked against the policy in the constructor
      }
    }
    if (identityService.createUserQuery().userId(admin.user()).memberOfGroup(Groups.ADMINS).count() == 0) {
      identityService.createMembership(admin.user(), Groups.ADMINS);
    }
  }
}
