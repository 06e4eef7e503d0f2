package pl.vetworkflow.account;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.vetworkflow.account.AccountAudit.Action;
import pl.vetworkflow.config.VetProperties;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.Employer;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;

/**
 * Brings the programme's people in from one file ({@link PeopleFile}). The whole file is checked
 * first; one wrong row (named by its line, in Polish) refuses the file and nothing of it is
 * applied. Then, in one transaction, every person is created or updated:
 * <ul>
 *   <li>a person is their e-mail address (lower case); a new one gets a user id derived from it
 *       (the part before the {@code @}, made unique with {@code -2}, {@code -3}, ...), the role and
 *       organisation groups of their rows, and an invitation ({@link Invitations});
 *   <li>a known person gets the names and exactly the role and organisation groups of the file
 *       (other groups, such as camunda-admin, are left alone); tasks they hold in an organisation
 *       group they leave go back to that group;
 *   <li>a Camunda user with that e-mail who was not imported before (created in Admin) is taken
 *       over the same way, without an invitation: they have a password already and can reset it;
 *   <li>when asked, imported people missing from the file are deactivated: out of every group,
 *       their tasks back to their groups, their password replaced by a random one nobody knows and
 *       their links voided. History keeps their name. A later file with them reactivates and
 *       invites them again.
 * </ul>
 */
@Service
public class PeopleImport {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s;,<>\"]+@[^@\\s;,<>\"]+\\.[^@\\s;,<>\"]+");
  private static final Set<String> MANAGED_TYPES = Set.of(Groups.ROLE_TYPE, Groups.ORGANISATION_TYPE,
      Groups.SCHOOL_TEACHERS_TYPE);
  private static final int MAX_PROBLEMS = 100;
  private static final int NAME_MAX = 100;
  private static final int ID_MAX = 50;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final TaskService tasks;
  private final OrganisationRepository organisations;
  private final Accounts accounts;
  private final AccountTokens tokens;
  private final AccountAudit audit;
  private final Invitations invitations;
  private final TransactionTemplate transaction;
  private final String adminUser;

  public PeopleImport(IdentityService identity, TaskService tasks, OrganisationRepository organisations,
      Accounts accounts, AccountTokens tokens, AccountAudit audit, Invitations invitations,
      PlatformTransactionManager transactionManager, VetProperties properties) {
    this.identity = identity;
    this.tasks = tasks;
    this.organisations = organisations;
    this.accounts = accounts;
    this.tokens = tokens;
    this.audit = audit;
    this.invitations = invitations;
    this.transaction = new TransactionTemplate(transactionManager);
    this.adminUser = properties.admin().user();
  }

  /**
   * Checks the file and, unless {@code dryRun}, applies it.
   *
   * @param deactivateMissing deactivate imported people who are not in the file
   * @param actor who imports (user id, or a description of the start-up import), for the audit log
   * @throws PeopleFileException the file's problems; nothing was applied
   */
  public ImportReport importFile(String fileName, byte[] content, boolean deactivateMissing, boolean dryRun,
      String actor) {
    List<PeopleFile.Row> rows;
    List<Person> people;
    try {
      rows = PeopleFile.read(fileName, content);
      people = check(rows);
    } catch (PeopleFileException e) {
      transaction.executeWithoutResult(status -> audit.record(Instant.now(), actor, Action.IMPORT_REFUSED, null,
          describe(fileName) + ": " + e.getMessage()));
      throw e;
    }
    return transaction.execute(status -> {
      ImportReport report = apply(rows.size(), people, deactivateMissing, actor, Instant.now(), !dryRun);
      if (dryRun) {
        status.setRollbackOnly();
      } else {
        audit.record(Instant.now(), actor, Action.IMPORT, null, describe(fileName) + ": " + rows.size() + " wierszy, "
            + people.size() + " osób; nowe " + report.created().size() + ", zmienione " + report.updated().size()
            + ", bez zmian " + report.unchanged() + ", przywrócone " + report.reactivated().size()
            + ", dezaktywowane " + report.deactivated().size() + ", zaproszenia " + report.invitations());
      }
      return report;
    });
  }

  private static String describe(String fileName) {
    return "plik " + (fileName == null || fileName.isBlank() ? "bez nazwy" : fileName);
  }

  // ------------------------------------------------------------------ check

  /** Every row is checked; the problems of all rows are reported together (at most 100). */
  List<Person> check(List<PeopleFile.Row> rows) {
    if (rows.isEmpty()) {
      throw new PeopleFileException("Plik nie zawiera żadnej osoby (tylko nagłówek).");
    }
    List<String> problems = new ArrayList<>();
    Map<String, School> schools = new LinkedHashMap<>();
    organisations.schools().forEach(s -> schools.put(s.id(), s));
    Map<String, Employer> employers = new LinkedHashMap<>();
    organisations.employers().forEach(e -> employers.put(e.id(), e));
    Map<String, List<Person.Assignment>> assignments = new LinkedHashMap<>();
    Map<String, PeopleFile.Row> firstRow = new LinkedHashMap<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (PeopleFile.Row row : rows) {
      String at = "Wiersz " + row.line() + ": ";
      List<String> rowProblems = new ArrayList<>();
      text(row.firstName(), "imię", "imienia", at, rowProblems);
      text(row.lastName(), "nazwisko", "nazwiska", at, rowProblems);
      String email = Accounts.normalise(row.email());
      if (email.isEmpty()) {
        rowProblems.add(at + "brak adresu e-mail.");
      } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
        rowProblems.add(at + "„" + row.email() + "” nie jest adresem e-mail.");
      }
      PersonRole role = PersonRole.parse(row.role());
      String organisationName = null;
      if (role == null) {
        rowProblems.add(at + (row.role().isEmpty() ? "brak roli" : "nieznana rola „" + row.role() + "”")
            + " (dozwolone: " + PersonRole.allPolish() + ").");
      } else {
        String id = row.organisation();
        switch (role.organisation()) {
          case SCHOOL -> {
            if (id.isEmpty()) {
              rowProblems.add(at + "rola „" + role.polish() + "” wymaga numeru szkoły z rejestru w kolumnie „organizacja”.");
            } else if (!schools.containsKey(id)) {
              rowProblems.add(at + "w rejestrze szkół nie ma szkoły o numerze „" + id + "”.");
            } else {
              organisationName = schools.get(id).name();
            }
          }
          case EMPLOYER -> {
            if (id.isEmpty()) {
              rowProblems.add(at + "rola „pracodawca” wymaga numeru pracodawcy z rejestru w kolumnie „organizacja”.");
            } else if (!employers.containsKey(id)) {
              rowProblems.add(at + "w rejestrze pracodawców nie ma pracodawcy o numerze „" + id + "”.");
            } else {
              organisationName = employers.get(id).name();
            }
          }
          case NONE -> {
            if (!id.isEmpty()) {
              rowProblems.add(at + "rola „" + role.polish() + "” nie należy do szkoły ani pracodawcy:"
                  + " kolumna „organizacja” musi być pusta (jest „" + id + "”).");
            }
          }
        }
      }
      if (rowProblems.isEmpty()) {
        PeopleFile.Row first = firstRow.putIfAbsent(email, row);
        String key = email + " " + role + " " + (role.organisation() == PersonRole.Organisation.NONE ? "" : row.organisation());
        Integer repeated = seen.putIfAbsent(key, row.line());
        if (first != null && (!first.firstName().equals(row.firstName()) || !first.lastName().equals(row.lastName()))) {
          rowProblems.add(at + "adres " + email + " jest też w wierszu " + first.line() + ", ale z innym imieniem"
              + " lub nazwiskiem (jeden adres e-mail to jedna osoba).");
        } else if (repeated != null) {
          rowProblems.add(at + "powtarza wiersz " + repeated + " (ta sama osoba, rola i organizacja).");
        } else {
          assignments.computeIfAbsent(email, k -> new ArrayList<>()).add(new Person.Assignment(role,
              role.organisation() == PersonRole.Organisation.NONE ? null : row.organisation(), organisationName,
              row.line()));
        }
      }
      problems.addAll(rowProblems);
      if (problems.size() >= MAX_PROBLEMS) {
        problems.add("… i dalsze błędy (pokazano pierwsze " + MAX_PROBLEMS + ").");
        throw new PeopleFileException(problems);
      }
    }
    List<Person> people = new ArrayList<>();
    for (Map.Entry<String, List<Person.Assignment>> e : assignments.entrySet()) {
      PeopleFile.Row first = firstRow.get(e.getKey());
      List<User> sameAddress = usersWithEmail(e.getKey());
      if (accounts.byEmail(e.getKey()) == null && sameAddress.size() > 1) {
        problems.add("Wiersz " + first.line() + ": adres " + e.getKey() + " ma w systemie kilka kont ("
            + String.join(", ", sameAddress.stream().map(User::getId).toList()) + "): zostaw go tylko przy jednym (Administracja → Użytkownicy).");
      }
      people.add(new Person(null, first.firstName(), first.lastName(), e.getKey(), List.copyOf(e.getValue()), first.line()));
    }
    if (!problems.isEmpty()) {
      throw new PeopleFileException(problems);
    }
    return people;
  }

  private static void text(String value, String what, String genitive, String at, List<String> problems) {
    if (value.isEmpty()) {
      problems.add(at + "brak " + genitive + ".");
    } else if (value.length() > NAME_MAX) {
      problems.add(at + what + " jest dłuższe niż " + NAME_MAX + " znaków.");
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      problems.add(at + what + " zawiera niedozwolone znaki.");
    }
  }

  private List<User> usersWithEmail(String email) {
    return identity.createUserQuery().userEmail(email).listPage(0, 10);
  }

  // ------------------------------------------------------------------ apply

  private ImportReport apply(int rowCount, List<Person> people, boolean deactivateMissing, String actor, Instant now,
      boolean sendInvitations) {
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> reactivated = new ArrayList<>();
    List<String> deactivated = new ArrayList<>();
    int unchanged = 0;
    int invited = 0;
    Set<String> inFile = new HashSet<>();
    for (Person row : people) {
      Accounts.Account account = accounts.byEmail(row.email());
      User user;
      boolean isNew = false;
      boolean invite = false;
      if (account != null) {
        user = identity.createUserQuery().userId(account.userId()).singleResult();
        if (user == null) { // deleted in Admin since: the same id again
          user = newUser(account.userId(), row);
          isNew = true;
          invite = true;
        }
        if (!account.active()) {
          accounts.activate(account.userId(), now);
          reactivated.add(account.userId());
          audit.record(now, actor, Action.REACTIVATED, account.userId(), "ponownie w pliku: " + row.rolesText());
          invite = true;
        } else if (account.passwordSetAt() == null && !tokens.hasOpenInvitation(account.userId(), now)) {
          invite = true; // invited before, the link expired unused
        }
      } else {
        List<User> existing = usersWithEmail(row.email());
        if (existing.size() == 1) {
          user = existing.get(0);
          accounts.insert(user.getId(), row.email(), now);
          accounts.passwordSet(user.getId(), now); // has a password of its own from before
        } else {
          user = newUser(freeUserId(row.email()), row);
          accounts.insert(user.getId(), row.email(), now);
          isNew = true;
          invite = true;
        }
      }
      Person person = row.withUserId(user.getId());
      inFile.add(user.getId());
      boolean namesChanged = !isNew && updateNames(user, person);
      List<String> groupChanges = syncGroups(user.getId(), person.groups(), now);
      if (isNew) {
        created.add(user.getId());
        audit.record(now, actor, Action.CREATED, user.getId(), person.rolesText());
      } else if (namesChanged || !groupChanges.isEmpty()) {
        if (!reactivated.contains(user.getId())) {
          updated.add(user.getId());
        }
        audit.record(now, actor, Action.UPDATED, user.getId(),
            (namesChanged ? "imię i nazwisko: " + person.firstName() + " " + person.lastName() + "; " : "")
                + "grupy: " + String.join(", ", groupChanges));
      } else if (!reactivated.contains(user.getId())) {
        unchanged++;
      }
      if (invite) {
        if (sendInvitations) {
          invitations.invite(person, actor, now);
        }
        invited++; // a dry run counts the invitations it would send
      }
    }
    if (deactivateMissing) {
      for (Accounts.Account account : accounts.active()) {
        if (!inFile.contains(account.userId()) && !account.userId().equals(adminUser)) {
          deactivate(account.userId(), actor, now);
          deactivated.add(account.userId());
        }
      }
    }
    return new ImportReport(sendInvitations, rowCount, people.size(), created, updated, unchanged, reactivated,
        deactivated, invited);
  }

  private User newUser(String userId, Person person) {
    User user = identity.newUser(userId);
    user.setFirstName(person.firstName());
    user.setLastName(person.lastName());
    user.setEmail(person.email());
    user.setPassword(unknownPassword());
    identity.saveUser(user);
    return user;
  }

  private boolean updateNames(User user, Person person) {
    boolean changed = !person.firstName().equals(user.getFirstName()) || !person.lastName().equals(user.getLastName())
        || !person.email().equals(user.getEmail());
    if (changed) {
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identity.saveUser(user);
    }
    return changed;
  }

  /**
   * The user ends up in exactly {@code wanted} of the role and organisation groups; other groups are
   * not touched. Tasks held in a left organisation group go back to it.
   *
   * @return the changes, "+group" and "-group"
   */
  private List<String> syncGroups(String userId, Set<String> wanted, Instant now) {
    Set<String> current = new TreeSet<>();
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      if (group.getType() != null && MANAGED_TYPES.contains(group.getType())) {
        current.add(group.getId());
      }
    }
    List<String> changes = new ArrayList<>();
    for (String group : current) {
      if (!wanted.contains(group)) {
        identity.deleteMembership(userId, group);
        giveBackTasks(userId, group);
        changes.add("-" + group);
      }
    }
    for (String group : wanted) {
      if (!current.contains(group)) {
        identity.createMembership(userId, group);
        changes.add("+" + group);
      }
    }
    return changes;
  }

  /** Tasks the user holds that were routed to {@code group} go back to it (unclaimed). */
  private void giveBackTasks(String userId, String group) {
    for (Task task : tasks.createTaskQuery().taskAssignee(userId).taskCandidateGroup(group).includeAssignedTasks()
        .listPage(0, 2000)) {
      tasks.setAssignee(task.getId(), null);
    }
  }

  private void deactivate(String userId, String actor, Instant now) {
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      identity.deleteMembership(userId, group.getId());
    }
    int released = 0;
    for (Task task : tasks.createTaskQuery().taskAssignee(userId).listPage(0, 2000)) {
      tasks.setAssignee(task.getId(), null);
      released++;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user != null) {
      user.setPassword(unknownPassword());
      identity.saveUser(user);
    }
    tokens.voidOpen(userId, now);
    accounts.deactivate(userId, now);
    audit.record(now, actor, Action.DEACTIVATED, userId, "nie ma go w pliku: usunięty z grup, logowanie zablokowane,"
        + " zwolnione zadania: " + released);
  }

  /** A user id from the address: the part before the @, in [a-z0-9._-], unique with -2, -3, ... */
  String freeUserId(String email) {
    String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replace('ł', 'l');
    String base = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
    if (base.isEmpty()) {
      base = "osoba";
    }
    if (base.length() > ID_MAX) {
      base = base.substring(0, ID_MAX);
    }
    String id = base;
    for (int n = 2; identity.createUserQuery().userId(id).count() > 0 || accounts.byUser(id) != null; n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * A password nobody knows (never shown or stored in clear): 32 random bytes, with a lower and upper
   * case letter, a digit and a special character so that any password policy of the engine accepts it.
   */
  static String unknownPassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aZ7!";
  }
}
