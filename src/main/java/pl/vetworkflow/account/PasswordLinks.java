package pl.vetworkflow.account;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.vetworkflow.account.AccountAudit.Action;
import pl.vetworkflow.notification.MailOutbox;

/**
 * What the one-time links do: set a password (invitation or reset), and send a reset link for an
 * e-mail address ("Nie pamiętasz hasła?"). The answer to a reset request never tells whether the
 * address has an account; requests are limited per address and per client in
 * {@code vet.accounts.reset-limit-window}.
 */
@Service
public class PasswordLinks {
  static final String ANONYMOUS = "anonim";

  /** What a link is, as its page needs to know. */
  public enum LinkState { USABLE, USED, EXPIRED, UNKNOWN }

  public record Link(LinkState state, AccountTokens.Token token, User user) {}

  /** The outcome of a set-password form: done, or the Polish problems (the link stays usable). */
  public record Result(boolean done, LinkState linkState, String userId, List<String> problems) {}

  public enum ResetAnswer { ACCEPTED, LIMITED }

  private final IdentityService identity;
  private final AccountTokens tokens;
  private final Accounts accounts;
  private final AccountAudit audit;
  private final AccountMails mails;
  private final MailOutbox outbox;
  private final PasswordRules rules;
  private final AccountSettings settings;
  private final ResetRequests requests;
  private final TransactionTemplate transaction;

  public PasswordLinks(IdentityService identity, AccountTokens tokens, Accounts accounts, AccountAudit audit,
      AccountMails mails, MailOutbox outbox, PasswordRules rules, AccountSettings settings, ResetRequests requests,
      PlatformTransactionManager transactionManager) {
    this.identity = identity;
    this.tokens = tokens;
    this.accounts = accounts;
    this.audit = audit;
    this.mails = mails;
    this.outbox = outbox;
    this.rules = rules;
    this.settings = settings;
    this.requests = requests;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  public Link inspect(String token, Instant now) {
    AccountTokens.Token found = tokens.find(token);
    if (found == null) {
      return new Link(LinkState.UNKNOWN, null, null);
    }
    User user = identity.createUserQuery().userId(found.userId()).singleResult();
    Accounts.Account account = accounts.byUser(found.userId());
    if (user == null || (account != null && !account.active())) {
      return new Link(LinkState.UNKNOWN, found, null);
    }
    if (found.usedAt() != null) {
      return new Link(LinkState.USED, found, user);
    }
    if (!found.expiresAt().isAfter(now)) {
      return new Link(LinkState.EXPIRED, found, user);
    }
    return new Link(LinkState.USABLE, found, user);
  }

  /**
   * Sets the password of the link's user: both entries equal, the engine's policy met, the link
   * usable; then the link and every other open link of the user are used up, a throttled login is
   * unlocked (the person proved they read the account's mailbox) and the change is logged.
   */
  public Result setPassword(String token, String password, String repeated, String client, Instant now) {
    Link link = inspect(token, now);
    if (link.state() != LinkState.USABLE) {
      transaction.executeWithoutResult(s -> audit.record(now, ANONYMOUS + " (" + client + ")", Action.LINK_REFUSED,
          link.token() == null ? null : link.token().userId(), "link: " + link.state()));
      return new Result(false, link.state(), null, List.of());
    }
    User user = link.user();
    if (password == null || password.isEmpty()) {
      return new Result(false, LinkState.USABLE, user.getId(), List.of("Wpisz nowe hasło."));
    }
    if (!password.equals(repeated)) {
      return new Result(false, LinkState.USABLE, user.getId(), List.of("Oba wpisane hasła muszą być takie same."));
    }
    List<String> broken = rules.broken(password, user);
    if (!broken.isEmpty()) {
      return new Result(false, LinkState.USABLE, user.getId(),
          List.of("Hasło nie spełnia zasad: " + String.join("; ", broken) + "."));
    }
    Boolean done = transaction.execute(status -> {
      if (!tokens.use(link.token().id(), now)) {
        return false; // another request used it a moment ago, or it has just expired
      }
      tokens.voidOpen(user.getId(), now);
      user.setPassword(password);
      identity.saveUser(user);
      identity.unlockUser(user.getId());
      accounts.passwordSet(user.getId(), now);
      audit.record(now, user.getId(), Action.PASSWORD_SET, user.getId(),
          (link.token().purpose() == AccountTokens.Purpose.INVITATION ? "z zaproszenia" : "z linku do nowego hasła")
              + " (link nr " + link.token().id() + ", klient " + client + ")");
      return true;
    });
    if (!Boolean.TRUE.equals(done)) {
      return new Result(false, LinkState.USED, null, List.of());
    }
    return new Result(true, LinkState.USED, user.getId(), List.of());
  }

  /**
   * A reset request for {@code email} from {@code client}: counted whether the address has an
   * account or not; within the limits, an active account with that address gets a reset link.
   */
  public ResetAnswer requestReset(String email, String client, Instant now) {
    String address = Accounts.normalise(email == null ? "" : email);
    return transaction.execute(status -> {
      String addressHash = AccountTokens.hash(address);
      if (!requests.allow(addressHash, client, now)) {
        audit.record(now, ANONYMOUS + " (" + client + ")", Action.RESET_LIMITED, null, "za dużo próśb o nowe hasło");
        return ResetAnswer.LIMITED;
      }
      requests.record(addressHash, client, now);
      List<User> users = address.isEmpty() || address.length() > 320 ? List.of()
          : identity.createUserQuery().userEmail(address).listPage(0, 5);
      int sent = 0;
      for (User user : users) {
        Accounts.Account account = accounts.byUser(user.getId());
        if (account != null && !account.active()) {
          continue;
        }
        AccountTokens.Issued link = tokens.issue(user.getId(), AccountTokens.Purpose.RESET, now, settings.resetValidity());
        long mailId = outbox.enqueueAccountMail(address, user.getId(),
            mails.reset(user.getFirstName(), user.getLastName(), user.getId(), link.token(), link.expiresAt()), now);
        audit.record(now, ANONYMOUS + " (" + client + ")", Action.RESET_SENT, user.getId(), "link do nowego hasła na "
            + address + ", ważny do " + link.expiresAt() + " (link nr " + link.id() + ", wiadomość nr " + mailId + ")");
        sent++;
      }
      if (sent == 0) {
        audit.record(now, ANONYMOUS + " (" + client + ")", Action.RESET_REQUESTED, null,
            "prośba o nowe hasło dla adresu bez aktywnego konta");
      }
      return ResetAnswer.ACCEPTED;
    });
  }
}
