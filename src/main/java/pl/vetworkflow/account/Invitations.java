package pl.vetworkflow.account;

import java.time.Instant;
import org.springframework.stereotype.Component;
import pl.vetworkflow.account.AccountAudit.Action;
import pl.vetworkflow.notification.MailOutbox;

/**
 * Invites a person: a one-time link to set their own password, valid {@code vet.accounts.invitation-validity},
 * sent through the mail outbox in the caller's transaction (no link without its e-mail, no e-mail
 * without its link) and logged without the token.
 */
@Component
public class Invitations {
  private final AccountTokens tokens;
  private final AccountMails mails;
  private final MailOutbox outbox;
  private final AccountAudit audit;
  private final AccountSettings settings;

  public Invitations(AccountTokens tokens, AccountMails mails, MailOutbox outbox, AccountAudit audit,
      AccountSettings settings) {
    this.tokens = tokens;
    this.mails = mails;
    this.outbox = outbox;
    this.audit = audit;
    this.settings = settings;
  }

  public void invite(Person person, String actor, Instant now) {
    AccountTokens.Issued link = tokens.issue(person.userId(), AccountTokens.Purpose.INVITATION, now,
        settings.invitationValidity());
    long mailId = outbox.enqueueAccountMail(person.email(), person.userId(),
        mails.invitation(person, link.token(), link.expiresAt()), now);
    audit.record(now, actor, Action.INVITATION_SENT, person.userId(), "zaproszenie na " + person.email()
        + ", ważne do " + link.expiresAt() + " (link nr " + link.id() + ", wiadomość nr " + mailId + ")");
  }
}
