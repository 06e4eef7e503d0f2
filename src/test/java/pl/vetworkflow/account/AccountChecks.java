package pl.vetworkflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.notification.MailDispatcher;
import pl.vetworkflow.notification.MailOutbox;
import pl.vetworkflow.testsupport.Http;

/**
 * People's accounts over the real endpoints, on H2 and on PostgreSQL, with GreenMail: the import of
 * 300 people, a re-import with changes and deactivations, refused files, invitation and reset links.
 * The database is shared with other test classes: every person of a test has the test's own run id
 * in their e-mail address.
 */
abstract class AccountChecks {
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired MailDispatcher dispatcher;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordLinks passwordLinks;
  @Autowired AccountSettings settings;

  GreenMail greenMail;
  String run;

  @BeforeEach
  void smtpUp() throws Exception {
    greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(2))); // whatever other tests left pending
    greenMail.purgeEmailFromAllMailboxes();
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void smtpDown() {
    greenMail.stop();
    // the people of this run leave the shared test database: other tests count the schools' members
    identityService.createUserQuery().list().stream().map(u -> u.getId()).filter(id -> id.endsWith("." + run))
        .forEach(identityService::deleteUser);
    // and so do its stand-alone tasks: other tests expect every listed task to belong to a case
    taskService.createTaskQuery().taskName("Zadanie testowe " + run).list()
        .forEach(t -> taskService.deleteTask(t.getId(), true));
  }

  // ------------------------------------------------------------------ import

  @Test
  void importsThreeHundredPeopleOnceThenAppliesAChangedFileWithoutDuplicates() throws Exception {
    List<PeopleFiles.Line> people = PeopleFiles.people(run, 300);

    HttpResponse<String> first = PeopleFiles.post(port, "admin", "admin", null, "osoby.csv", PeopleFiles.csv(people));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(first.body());
    assertThat(report.get("applied").asBoolean()).isTrue();
    assertThat(report.get("rows").asInt()).isEqualTo(300);
    assertThat(report.get("created").size()).isEqualTo(300);
    assertThat(report.get("invitations").asInt()).isEqualTo(300);
    for (int i = 0; i < people.size(); i++) {
      assertPersonHasExactlyTheGroupsOfTheFile(people.get(i), expectedGroups(people.get(i)));
    }
    // user ids from the addresses, unique
    assertThat(userOf(people.get(7)).getId()).isEqualTo("p7." + run);

    assertThat(dispatcher.dispatch(Instant.now()).sent()).isGreaterThanOrEqualTo(300);
    Map<String, Long> invitations = received().stream()
        .collect(Collectors.groupingBy(Inbox::recipient, Collectors.counting()));
    assertThat(invitations).hasSize(300).allSatisfy((address, count) -> assertThat(count).isEqualTo(1L));
    MimeMessage one = Inbox.to(greenMail, people.get(0).email()).get(0);
    assertThat(Inbox.subject(one)).isEqualTo(AccountMails.INVITATION_SUBJECT);
    assertThat(Inbox.text(one)).contains("Dzień dobry Łucja Żółkiewska-0", "Nazwa użytkownika (do logowania): p0." + run,
        "koordynator szkolny: Technikum nr 1 w Opolu", "jest ważny do ", "Link działa jeden raz")
        .doesNotContain("hasło:", "Hasło:");
    // the token is in the e-mail only: the database holds its SHA-256, the sent mail's text is gone
    String token = Inbox.token(Inbox.linkPath(one));
    assertThat(jdbc.queryForObject("select count(*) from vet_account_token where token_hash = ?", Integer.class,
        AccountTokens.hash(token))).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from vet_account_token where token_hash = ?", Integer.class, token))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from vet_mail_outbox where body_text like ? or body_html like ?",
        Integer.class, "%" + token + "%", "%" + token + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from vet_account_audit where details like ?", Integer.class,
        "%" + token + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from vet_account_audit where action = 'INVITATION_SENT'"
        + " and user_id like ?", Integer.class, "%." + run)).isEqualTo(300);

    // the same file again: nothing changes, nobody is invited twice
    JsonNode again = JSON.readTree(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv",
        PeopleFiles.csv(people)).body());
    assertThat(again.get("created").size()).isZero();
    assertThat(again.get("updated").size()).isZero();
    assertThat(again.get("unchanged").asInt()).isEqualTo(300);
    assertThat(again.get("invitations").asInt()).isZero();

    // person 0 holds a task of school 1; person 3 a task of school 4; person 299 (leaving) one of school 1
    PeopleFiles.Line moving = people.get(0);
    Task heldBySchoolOne = heldTask(userOf(moving).getId(), Groups.school("1"));
    PeopleFiles.Line leaving = people.get(297);
    assertThat(leaving.role()).isEqualTo("koordynator szkolny");
    Task heldByLeaving = heldTask(userOf(leaving).getId(), Groups.school(leaving.organisation()));

    List<PeopleFiles.Line> changed = new ArrayList<>(people.subList(0, 297)); // 297, 298, 299 left
    changed.set(0, new PeopleFiles.Line("Łucja", "Nowak-Żółkiewska", moving.email(), "koordynator szkolny", "2"));
    PeopleFiles.Line teacher = people.get(1);
    changed.add(new PeopleFiles.Line(teacher.firstName(), teacher.lastName(), teacher.email(), "nauczyciel", "5"));
    PeopleFiles.Line newcomer = new PeopleFiles.Line("Nowa", "Osoba", "nowa." + run + "@people.example",
        "pracodawca", "3");
    changed.add(newcomer);

    HttpResponse<String> dry = PeopleFiles.post(port, "admin", "admin", "deactivateMissing=true&dryRun=true",
        "osoby.csv", PeopleFiles.csv(changed));
    JsonNode dryReport = JSON.readTree(dry.body());
    assertThat(dryReport.get("applied").asBoolean()).isFalse();
    assertThat(dryReport.get("created").size()).isEqualTo(1);
    assertThat(dryReport.get("invitations").asInt()).isEqualTo(1);
    assertThat(texts(dryReport.get("deactivated"))).contains("p297." + run);
    assertThat(identityService.createUserQuery().userEmail(newcomer.email()).count()).isZero();
    assertThat(groupsOf(userOf(moving).getId())).contains(Groups.school("1"));

    HttpResponse<String> second = PeopleFiles.post(port, "admin", "admin", "deactivateMissing=true", "osoby.csv",
        PeopleFiles.csv(changed));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    JsonNode changes = JSON.readTree(second.body());
    assertThat(changes.get("created").size()).isEqualTo(1);
    assertThat(texts(changes.get("updated"))).contains(userOf(moving).getId(), userOf(teacher).getId());
    assertThat(texts(changes.get("deactivated"))).contains("p297." + run, "p298." + run, "p299." + run);
    assertThat(changes.get("invitations").asInt()).isEqualTo(1);

    for (PeopleFiles.Line line : List.of(moving, teacher, newcomer)) {
      assertThat(identityService.createUserQuery().userEmail(line.email()).count()).isEqualTo(1);
    }
    User moved = userOf(moving);
    assertThat(moved.getLastName()).isEqualTo("Nowak-Żółkiewska");
    assertThat(groupsOf(moved.getId())).containsExactlyInAnyOrder(Groups.SCHOOL_COORDINATORS, Groups.school("2"));
    // the task of school 1 went back to school 1's group
    assertThat(taskService.createTaskQuery().taskId(heldBySchoolOne.getId()).singleResult().getAssignee()).isNull();
    assertThat(groupsOf(userOf(teacher).getId())).containsExactlyInAnyOrder(Groups.TEACHERS,
        Groups.schoolTeachers(teacher.organisation()), Groups.schoolTeachers("5"));
    assertThat(groupsOf(userOf(newcomer).getId())).containsExactlyInAnyOrder(Groups.EMPLOYERS, Groups.employer("3"));

    // people who left: kept (history), in no group, their tasks back to their group, no login
    User left = userOf(leaving);
    assertThat(groupsOf(left.getId())).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(heldByLeaving.getId()).singleResult().getAssignee()).isNull();
    assertThat(jdbc.queryForObject("select active from vet_account where user_id = ?", Boolean.class, left.getId()))
        .isFalse();
    assertThat(jdbc.queryForList("select action from vet_account_audit where user_id = ? order by id", String.class,
        left.getId())).containsExactly("CREATED", "INVITATION_SENT", "DEACTIVATED");
    // their invitation link no longer works
    String leftToken = Inbox.token(Inbox.linkPath(Inbox.to(greenMail, leaving.email()).get(0)));
    assertThat(passwordLinks.inspect(leftToken, Instant.now()).state()).isNotEqualTo(PasswordLinks.LinkState.USABLE);

    // back in a later file: reactivated and invited again
    List<PeopleFiles.Line> back = new ArrayList<>(changed);
    back.add(leaving);
    JsonNode third = JSON.readTree(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv",
        PeopleFiles.csv(back)).body());
    assertThat(texts(third.get("reactivated"))).containsExactly(left.getId());
    assertThat(groupsOf(left.getId())).containsExactlyInAnyOrder(Groups.SCHOOL_COORDINATORS,
        Groups.school(leaving.organisation()));
    assertThat(third.get("invitations").asInt()).isEqualTo(1);
  }

  @Test
  void aFileWithWrongRowsIsRefusedWithTheirLinesAndNothingOfItIsApplied() throws Exception {
    List<PeopleFiles.Line> lines = new ArrayList<>(PeopleFiles.people(run, 10));
    lines.set(3, new PeopleFiles.Line("Jan", "Zły", "zly." + run + "@people.example", "dyrektor", "1")); // line 5
    lines.set(5, new PeopleFiles.Line("Ewa", "Brak", "ewa." + run + "@people.example", "nauczyciel", "999")); // line 7
    lines.set(7, new PeopleFiles.Line("Ola", "", "ola." + run, "księgowość", "2")); // line 9

    HttpResponse<String> refused = PeopleFiles.post(port, "admin", "admin", null, "osoby.csv", PeopleFiles.csv(lines));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(refused.body());
    assertThat(body.get("error").asText()).contains("nic z niego nie zapisano");
    List<String> problems = texts(body.get("problems"));
    assertThat(problems).contains(
        "Wiersz 5: nieznana rola „dyrektor” (dozwolone: koordynator szkolny, nauczyciel, pracodawca, księgowość,"
            + " koordynator projektu).",
        "Wiersz 7: w rejestrze szkół nie ma szkoły o numerze „999”.",
        "Wiersz 9: brak nazwiska.",
        "Wiersz 9: „ola." + run + "” nie jest adresem e-mail.",
        "Wiersz 9: rola „księgowość” nie należy do szkoły ani pracodawcy: kolumna „organizacja” musi być pusta (jest „2”).");
    assertThat(problems).allSatisfy(p -> assertThat(p).startsWith("Wiersz "));
    // not even the good rows
    assertThat(identityService.createUserQuery().userIdIn(ids(lines)).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from vet_mail_outbox where recipient like ?", Integer.class,
        "%." + run + "@people.example")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from vet_account_audit where action = 'IMPORT_REFUSED'"
        + " and details like ?", Integer.class, "%Wiersz 7%")).isPositive();

    // the same address with two names, and a header without the role column
    List<PeopleFiles.Line> twice = List.of(
        new PeopleFiles.Line("Anna", "Nowak", "anna." + run + "@people.example", "nauczyciel", "1"),
        new PeopleFiles.Line("Anna", "Kowalska", "anna." + run + "@people.example", "nauczyciel", "2"));
    assertThat(texts(JSON.readTree(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv",
        PeopleFiles.csv(twice)).body()).get("problems")))
        .containsExactly("Wiersz 3: adres anna." + run + "@people.example jest też w wierszu 2, ale z innym imieniem"
            + " lub nazwiskiem (jeden adres e-mail to jedna osoba).");
    byte[] noRole = "imię;nazwisko;e-mail;organizacja\nJan;Nowak;jan@x.example;1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(texts(JSON.readTree(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv", noRole).body())
        .get("problems"))).containsExactly("Wiersz 1: brak kolumn rola w nagłówku (potrzebne: imię; nazwisko; e-mail;"
            + " rola; organizacja).");
    byte[] windows1250 = "imię;nazwisko;e-mail;rola;organizacja\nJan;Wąs;jan@x.example;nauczyciel;1\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1250"));
    assertThat(JSON.readTree(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv", windows1250).body())
        .get("problems").get(0).asText()).contains("UTF-8");
  }

  @Test
  void anXlsxFileIsImportedAndItsWrongRowsAreNamedByTheirSheetRow() throws Exception {
    List<PeopleFiles.Line> lines = List.of(
        new PeopleFiles.Line("Marta", "Arkuszowa", "marta." + run + "@people.example", "koordynator szkolny", "3"),
        new PeopleFiles.Line("Olaf", "Arkuszowy", "olaf." + run + "@people.example", "pracodawca", "6"));
    HttpResponse<String> ok = PeopleFiles.post(port, "admin", "admin", null, "osoby.xlsx", PeopleFiles.xlsx(lines));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(groupsOf(userOf(lines.get(0)).getId())).containsExactlyInAnyOrder(Groups.SCHOOL_COORDINATORS,
        Groups.school("3"));
    assertThat(groupsOf(userOf(lines.get(1)).getId())).containsExactlyInAnyOrder(Groups.EMPLOYERS, Groups.employer("6"));

    List<PeopleFiles.Line> wrong = List.of(lines.get(0),
        new PeopleFiles.Line("Piotr", "Arkuszowy", "piotr." + run + "@people.example", "pracodawca", "77"));
    HttpResponse<String> refused = PeopleFiles.post(port, "admin", "admin", null, "osoby.xlsx", PeopleFiles.xlsx(wrong));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(texts(JSON.readTree(refused.body()).get("problems")))
        .containsExactly("Wiersz 3: w rejestrze pracodawców nie ma pracodawcy o numerze „77”.");
  }

  @Test
  void onlyAdministratorsMayImport() {
    byte[] file = PeopleFiles.csv(PeopleFiles.people(run, 2));
    assertThat(PeopleFiles.post(port, null, null, null, "osoby.csv", file).statusCode()).isEqualTo(401);
    assertThat(PeopleFiles.post(port, "school1", "school1", null, "osoby.csv", file).statusCode()).isEqualTo(403);
    assertThat(PeopleFiles.post(port, "coordinator", "coordinator", null, "osoby.csv", file).statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userEmail("p0." + run + "@people.example").count()).isZero();
  }

  // ------------------------------------------------------------------ links

  @Test
  void anInvitationLinkSetsThePasswordOnceAndAnExpiredOneIsRefused() throws Exception {
    List<PeopleFiles.Line> two = List.of(
        new PeopleFiles.Line("Iga", "Linkowa", "iga." + run + "@people.example", "nauczyciel", "1"),
        new PeopleFiles.Line("Jan", "Linkowy", "jan." + run + "@people.example", "nauczyciel", "2"));
    assertThat(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv", PeopleFiles.csv(two)).statusCode()).isEqualTo(200);
    dispatcher.dispatch(Instant.now());
    String igaLink = Inbox.linkPath(Inbox.to(greenMail, two.get(0).email()).get(0));
    String janLink = Inbox.linkPath(Inbox.to(greenMail, two.get(1).email()).get(0));
    String iga = "iga." + run;
    Http anonymous = Http.anonymous(port);

    HttpResponse<String> form = anonymous.get(igaLink);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Ustaw swoje hasło", iga, "co najmniej 10 znaków", "co najmniej 1 wielka litera",
        "co najmniej 1 cyfra", "co najmniej 1 znak specjalny", "nie może zawierać loginu, imienia, nazwiska ani adresu e-mail");
    // opening the link did not use it
    assertThat(anonymous.get(igaLink).statusCode()).isEqualTo(200);

    String token = Inbox.token(igaLink);
    HttpResponse<String> weak = anonymous.postForm("/account/password", "token=" + token + "&password=iga&repeated=iga");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("Hasło nie spełnia zasad: ", "co najmniej 10 znaków;");
    HttpResponse<String> different = anonymous.postForm("/account/password",
        "token=" + token + "&password=Zielona-Lampa-42&repeated=Zielona-Lampa-43");
    assertThat(different.body()).contains("Oba wpisane hasła muszą być takie same.");

    HttpResponse<String> set = anonymous.postForm("/account/password",
        "token=" + token + "&password=Zielona-Lampa-42&repeated=Zielona-Lampa-42");
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(set.body()).contains("Hasło zapisane", iga);
    assertThat(identityService.checkPassword(iga, "Zielona-Lampa-42")).isTrue();

    HttpResponse<String> reused = anonymous.postForm("/account/password",
        "token=" + token + "&password=Inna-Lampa-42!&repeated=Inna-Lampa-42!");
    assertThat(reused.statusCode()).isEqualTo(410);
    assertThat(reused.body()).contains("Ten link został już użyty");
    assertThat(anonymous.get(igaLink).body()).contains("Ten link został już użyty");
    assertThat(identityService.checkPassword(iga, "Zielona-Lampa-42")).isTrue();

    // Jan's link runs out
    jdbc.update("update vet_account_token set expires_at = ? where token_hash = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), AccountTokens.hash(Inbox.token(janLink)));
    HttpResponse<String> expired = anonymous.get(janLink);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("Ten link wygasł.", "Nie pamiętasz hasła?");
    assertThat(anonymous.postForm("/account/password", "token=" + Inbox.token(janLink)
        + "&password=Zielona-Lampa-42&repeated=Zielona-Lampa-42").statusCode()).isEqualTo(410);
    assertThat(anonymous.get("/account/password?token=nonsense").body()).contains("Ten link jest nieprawidłowy");
    assertThat(jdbc.queryForList("select action from vet_account_audit where user_id = ? order by id", String.class,
        iga)).containsExactly("CREATED", "INVITATION_SENT", "PASSWORD_SET", "LINK_REFUSED");
  }

  @Test
  void aResetRequestAnswersTheSameForAnyAddressAndMailsOnlyAnExistingAccount() throws Exception {
    PeopleFiles.Line person = new PeopleFiles.Line("Rita", "Resetowa", "rita." + run + "@people.example",
        "księgowość", "");
    assertThat(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv", PeopleFiles.csv(List.of(person)))
        .statusCode()).isEqualTo(200);
    dispatcher.dispatch(Instant.now());
    greenMail.purgeEmailFromAllMailboxes();

    HttpResponse<String> page = Http.anonymous(port).get("/account/forgotten");
    assertThat(page.body()).contains("Nie pamiętasz hasła?", "Adres e-mail", "Wyślij link");
    HttpResponse<String> existing = Http.anonymous(port).postForm("/account/forgotten", "email=" + person.email());
    HttpResponse<String> unknown = Http.anonymous(port).postForm("/account/forgotten",
        "email=nikt." + run + "%40people.example");
    assertThat(existing.statusCode()).isEqualTo(200);
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).isEqualTo(existing.body());
    assertThat(existing.body()).contains("Jeśli ten adres należy do konta w systemie, wysłaliśmy na niego");

    dispatcher.dispatch(Instant.now());
    List<MimeMessage> mails = Inbox.to(greenMail, person.email());
    assertThat(mails).hasSize(1);
    assertThat(Inbox.to(greenMail, "nikt." + run + "@people.example")).isEmpty();
    assertThat(Inbox.subject(mails.get(0))).isEqualTo(AccountMails.RESET_SUBJECT);
    assertThat(Inbox.text(mails.get(0))).contains("rita." + run, "dotychczasowe hasło pozostaje bez zmian");

    String link = Inbox.linkPath(mails.get(0));
    HttpResponse<String> set = Http.anonymous(port).postForm("/account/password",
        "token=" + Inbox.token(link) + "&password=Nowe-Haslo-2026&repeated=Nowe-Haslo-2026");
    assertThat(set.body()).contains("Hasło zapisane");
    assertThat(identityService.checkPassword("rita." + run, "Nowe-Haslo-2026")).isTrue();
    assertThat(Http.anonymous(port).get(link).statusCode()).isEqualTo(410);
  }

  @Test
  void resetRequestsAreLimitedPerAddressAndPerClient() {
    String address = "limit." + run + "@people.example";
    Instant now = Instant.now();
    String client = "198.51.100." + (Math.abs(run.hashCode()) % 250);
    for (int i = 0; i < settings.resetLimitPerEmail(); i++) {
      assertThat(passwordLinks.requestReset(address, client, now)).isEqualTo(PasswordLinks.ResetAnswer.ACCEPTED);
    }
    assertThat(passwordLinks.requestReset(address.toUpperCase(), client, now)).isEqualTo(PasswordLinks.ResetAnswer.LIMITED);
    // over HTTP the limit is a 429 with a Polish page, whether the address has an account or not
    String other = "limit-http." + run + "@people.example";
    for (int i = 0; i < settings.resetLimitPerEmail(); i++) {
      Http.anonymous(port).postForm("/account/forgotten", "email=" + other);
    }
    HttpResponse<String> limited = Http.anonymous(port).postForm("/account/forgotten", "email=" + other);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("Zbyt wiele próśb o nowe hasło");

    String busyClient = "203.0.113." + (Math.abs(run.hashCode()) % 250);
    for (int i = 0; i < settings.resetLimitPerClient(); i++) {
      assertThat(passwordLinks.requestReset("c" + i + "." + run + "@people.example", busyClient, now))
          .isEqualTo(PasswordLinks.ResetAnswer.ACCEPTED);
    }
    assertThat(passwordLinks.requestReset("fresh." + run + "@people.example", busyClient, now))
        .isEqualTo(PasswordLinks.ResetAnswer.LIMITED);
    // the window passes
    assertThat(passwordLinks.requestReset(address, client, now.plus(settings.resetLimitWindow()).plusSeconds(1)))
        .isEqualTo(PasswordLinks.ResetAnswer.ACCEPTED);
  }

  // ------------------------------------------------------------------ helpers

  private List<MimeMessage> received() {
    return List.of(greenMail.getReceivedMessages()).stream()
        .filter(m -> Inbox.recipient(m).endsWith("." + run + "@people.example")).toList();
  }

  static Set<String> expectedGroups(PeopleFiles.Line line) {
    return Set.copyOf(PersonRole.parse(line.role()).groups(line.organisation()));
  }

  /** Exactly the file's groups: a person of one school is never in another school's (or any other) group. */
  private void assertPersonHasExactlyTheGroupsOfTheFile(PeopleFiles.Line line, Set<String> expected) {
    User user = userOf(line);
    assertThat(user.getFirstName()).isEqualTo(line.firstName());
    assertThat(user.getLastName()).isEqualTo(line.lastName());
    assertThat(groupsOf(user.getId())).as(line.toString()).containsExactlyInAnyOrderElementsOf(expected);
  }

  User userOf(PeopleFiles.Line line) {
    List<User> users = identityService.createUserQuery().userEmail(line.email()).list();
    assertThat(users).as(line.email()).hasSize(1);
    return users.get(0);
  }

  Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  private Task heldTask(String userId, String group) {
    Task task = taskService.newTask();
    task.setName("Zadanie testowe " + run);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
    taskService.setAssignee(task.getId(), userId);
    return task;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private String[] ids(List<PeopleFiles.Line> lines) {
    return lines.stream().map(l -> l.email().contains("@") ? l.email().substring(0, l.email().indexOf('@')) : l.email())
        .toArray(String[]::new);
  }
}
