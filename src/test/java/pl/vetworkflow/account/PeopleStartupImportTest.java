package pl.vetworkflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.VetWorkflowApplication;
import pl.vetworkflow.identity.Groups;

/**
 * The production start-up imports the people file of VET_PEOPLE_FILE after the reference data, and
 * refuses to start with a file it cannot import or an administrator password the policy refuses.
 */
class PeopleStartupImportTest {
  private static ConfigurableApplicationContext startProduction(String database, String... extra) {
    String[] base = {"--spring.profiles.active=postgres", "--server.port=0",
        "--VET_DB_URL=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "--VET_DB_USER=sa", "--VET_DB_PASSWORD=",
        "--VET_PUBLIC_BASE_URL=https://vet.example.org", "--VET_SMTP_HOST=localhost",
        "--VET_SCHOOLS_CSV=classpath:reference-data/schools.csv",
        "--VET_EMPLOYERS_CSV=classpath:reference-data/employers.csv",
        "--vet.mail.dispatch.scheduled=false",
        "--camunda.bpm.process-engine-name=people-startup-probe", "--camunda.bpm.job-execution.enabled=false"};
    return new SpringApplicationBuilder(VetWorkflowApplication.class)
        .run(Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new));
  }

  @Test
  void thePeopleFileIsImportedAtStartAndAgainWithoutChanges() {
    String[] settings = {"--VET_ADMIN_PASSWORD=Prod-Secret-7319", "--VET_PEOPLE_FILE=classpath:accounts/people-startup.csv"};
    try (ConfigurableApplicationContext first = startProduction("people-startup", settings)) {
      IdentityService identity = first.getBean(IdentityService.class);
      assertThat(identity.createGroupQuery().groupMember("stefan.startowy").list().stream().map(Group::getId)
          .collect(Collectors.toSet())).containsExactlyInAnyOrder(Groups.SCHOOL_COORDINATORS, Groups.school("4"),
              Groups.school("5"));
      assertThat(identity.createGroupQuery().groupMember("teresa.startowa").list().stream().map(Group::getId)
          .collect(Collectors.toSet())).containsExactly(Groups.COORDINATORS);
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select count(*) from vet_mail_outbox where kind = 'ACCOUNT'", Integer.class))
          .isEqualTo(2);
      assertThat(jdbc.queryForObject("select actor from vet_account_audit where action = 'IMPORT'", String.class))
          .isEqualTo("system (import przy starcie: classpath:accounts/people-startup.csv)");
    }
    // a second start on the same database: nobody is created or invited twice
    try (ConfigurableApplicationContext second = startProduction("people-startup", settings)) {
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select count(*) from vet_mail_outbox where kind = 'ACCOUNT'", Integer.class))
          .isEqualTo(2);
      assertThat(jdbc.queryForObject("select count(*) from vet_account", Integer.class)).isEqualTo(2);
      assertThat(jdbc.queryForObject("select count(*) from vet_account_audit where action = 'IMPORT'", Integer.class))
          .isEqualTo(2);
    }
  }

  @Test
  void aWrongPeopleFileStopsTheStartNamingItsLine() throws Exception {
    try {
      assertThatThrownBy(() -> startProduction("people-startup-wrong", "--VET_ADMIN_PASSWORD=Prod-Secret-7319",
          "--VET_PEOPLE_FILE=classpath:accounts/people-startup-wrong.csv").close())
          .hasStackTraceContaining("was not imported: Wiersz 3: rola „pracodawca” wymaga numeru pracodawcy z rejestru");
    } finally {
      forgetFailedContext();
    }
  }

  /**
   * A start that fails after the webapps' filters were registered leaves the Camunda starter's static
   * reference to that (never refreshed, never closed) context behind, and every later start in this
   * JVM fails to start Tomcat. A deployment's process exits on a failed start; a test JVM must forget it.
   */
  private static void forgetFailedContext() throws Exception {
    java.lang.reflect.Field context = org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration.class
        .getDeclaredField("APPLICATION_CONTEXT");
    context.setAccessible(true);
    context.set(null, null);
  }

  @Test
  void anAdministratorPasswordThePolicyRefusesStopsTheStart() {
    assertThatThrownBy(() -> startProduction("people-startup-admin", "--VET_ADMIN_PASSWORD=admin12").close())
        .hasStackTraceContaining("VET_ADMIN_PASSWORD) does not meet the password policy");
  }
}
