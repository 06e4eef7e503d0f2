package pl.vetworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.SchoolType;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;

/** What a started application must hold on any supported database (run on H2 and PostgreSQL). */
abstract class PlatformChecks {
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.flywaydb.core.Flyway flyway;
  @Autowired OrganisationRepository organisations;
  @Autowired ParticipantRegistry participants;

  abstract String expectedDatabase();

  @Test
  void runsOnTheExpectedDatabaseWithEngineAndDomainTables() {
    String product = jdbc.execute(
        (org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    assertThat(product).isEqualTo(expectedDatabase());
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1");
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void rolesOrganisationsAndDemoUsersExist() {
    for (String role : Groups.WORKING_ROLES) {
      assertThat(identityService.createGroupQuery().groupId(role).count()).as(role).isEqualTo(1);
    }
    assertThat(identityService.createGroupQuery().groupType(Groups.ORGANISATION_TYPE).count())
        .isEqualTo(organisations.schools().size() + organisations.employers().size());
    assertThat(identityService.checkPassword("school1", "school1")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.school("1")).list())
        .extracting(u -> u.getId()).containsExactly("school1"); // the school coordinators only
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.schoolTeachers("1")).list())
        .extracting(u -> u.getId()).containsExactly("teacher1");
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINS).userId("admin").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().userId("employer2").singleResult().getEmail()).isNotBlank();
  }

  @Test
  void referenceDataCoverEverySchoolType() {
    assertThat(organisations.schools()).extracting(s -> s.type())
        .contains(SchoolType.TECHNIKUM, SchoolType.BRANZOWA_I, SchoolType.SPECJALNA);
    assertThat(organisations.employers()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(organisations.school("1")).isPresent();
  }

  @Test
  void polishFiltersAreReadableByTheRoles() {
    for (String name : new String[] {TaskFilters.MY_TASKS, TaskFilters.MY_GROUP_TASKS, TaskFilters.OVERDUE}) {
      var filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
      assertThat(filter).as(name).isNotNull();
      assertThat(authorizationService.isUserAuthorized("employer1", java.util.List.of(Groups.EMPLOYERS,
          Groups.employer("1")), Permissions.READ, Resources.FILTER, filter.getId())).as(name).isTrue();
    }
    var all = filterService.createTaskFilterQuery().filterName(TaskFilters.ALL_TASKS).singleResult();
    assertThat(authorizationService.isUserAuthorized("employer1", java.util.List.of(Groups.EMPLOYERS),
        Permissions.READ, Resources.FILTER, all.getId())).isFalse();
    // the monitoring data's filter: school coordinators and the programme office, not employers
    var data = filterService.createTaskFilterQuery().filterName(TaskFilters.PARTICIPANT_DATA).singleResult();
    assertThat(authorizationService.isUserAuthorized("school1", java.util.List.of(Groups.SCHOOL_COORDINATORS,
        Groups.school("1")), Permissions.READ, Resources.FILTER, data.getId())).isTrue();
    assertThat(authorizationService.isUserAuthorized("employer1", java.util.List.of(Groups.EMPLOYERS,
        Groups.employer("1")), Permissions.READ, Resources.FILTER, data.getId())).isFalse();
  }

  @Test
  void participantIsCountedOnceWhateverTheNumberOfSupports() {
    long before = participants.count();
    String pesel = pl.vetworkflow.testsupport.TestPesels.random(LocalDate.of(2002, 7, 8), true);
    var first = participants.register(pesel, "Anna", "Kowalska", ParticipantType.STUDENT, "1",
        LocalDate.of(2026, 3, 2));
    var again = participants.register(pesel, "Anna", "Kowalska", ParticipantType.STUDENT, "1",
        LocalDate.of(2026, 1, 12));
    assertThat(participants.count()).isEqualTo(before + 1);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.firstSupportDate()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(again.birthDate()).isEqualTo(LocalDate.of(2002, 7, 8));
    assertThat(again.sex().name()).isEqualTo("K");
  }
}
