package pl.vetworkflow.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of people's accounts ({@code vet.accounts.*}).
 *
 * @param invitationValidity how long the link of an invitation works
 * @param resetValidity how long the link of a password reset works
 * @param resetLimitPerEmail password-reset requests per e-mail address in {@code resetLimitWindow}
 * @param resetLimitPerClient password-reset requests per client address (IP) in {@code resetLimitWindow}
 * @param resetLimitWindow the window of both limits
 * @param importFile people file imported at every start (Spring resource syntax, CSV or XLSX); blank = none
 * @param importDeactivateMissing whether the start-up import deactivates imported people missing from the file
 */
@ConfigurationProperties("vet.accounts")
public record AccountSettings(
    Duration invitationValidity,
    Duration resetValidity,
    int resetLimitPerEmail,
    int resetLimitPerClient,
    Duration resetLimitWindow,
    String importFile,
    boolean importDeactivateMissing) {

  public AccountSettings {
    invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
    resetValidity = resetValidity == null ? Duration.ofHours(2) : resetValidity;
    resetLimitPerEmail = resetLimitPerEmail == 0 ? 3 : resetLimitPerEmail;
    resetLimitPerClient = resetLimitPerClient == 0 ? 20 : resetLimitPerClient;
    resetLimitWindow = resetLimitWindow == null ? Duration.ofHours(1) : resetLimitWindow;
    require(invitationValidity.toMinutes() >= 5, "vet.accounts.invitation-validity must be at least 5 minutes");
    require(resetValidity.toMinutes() >= 5, "vet.accounts.reset-validity must be at least 5 minutes");
    require(resetLimitPerEmail > 0, "vet.accounts.reset-limit-per-email must be positive");
    require(resetLimitPerClient > 0, "vet.accounts.reset-limit-per-client must be positive");
    require(resetLimitWindow.toSeconds() >= 1, "vet.accounts.reset-limit-window must be at least one second");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
