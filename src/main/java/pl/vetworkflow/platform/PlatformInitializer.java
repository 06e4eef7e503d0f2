package pl.vetworkflow.platform;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import pl.vetworkflow.account.PeopleStartupImport;
import pl.vetworkflow.config.StartupLock;
import pl.vetworkflow.casework.TaskCardBackfill;
import pl.vetworkflow.casework.TaskCards;
import pl.vetworkflow.config.VetProperties;
import pl.vetworkflow.identity.AdminAccount;
import pl.vetworkflow.identity.DemoData;
import pl.vetworkflow.identity.RoleSetup;
import pl.vetworkflow.identity.SchoolMemberships;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.organisation.ReferenceDataImporter;

/**
 * Brings identity, reference data and the Tasklist filters to the state the configuration describes,
 * once the engine is built and before the web server takes requests. It is the one class that knows
 * the start-up order of the features, so the features need not know each other. Every step is idempotent; nodes sharing a
 * database take turns ({@link StartupLock}).
 */
@Component
public class PlatformInitializer implements SmartInitializingSingleton {
  private final RoleSetup roleSetup;
  private final ReferenceDataImporter importer;
  private final TaskFilters taskFilters;
  private final TaskCardBackfill cardBackfill;
  private final AdminAccount adminAccount;
  private final DemoData demoData;
  private final SchoolMemberships schoolMemberships;
  private final VetProperties.ReferenceData referenceData;
  private final ResourceLoader resourceLoader;
  private final StartupLock startupLock;
  private final PeopleStartupImport peopleImport;

  public PlatformInitializer(RoleSetup roleSetup, ReferenceDataImporter importer, TaskFilters taskFilters,
      TaskCardBackfill cardBackfill,
      AdminAccount adminAccount, DemoData demoData, SchoolMemberships schoolMemberships, VetProperties properties, ResourceLoader resourceLoader,
      StartupLock startupLock, PeopleStartupImport peopleImport) {
    this.roleSetup = roleSetup;
    this.importer = importer;
    this.taskFilters = taskFilters;
    this.cardBackfill = cardBackfill;
    this.adminAccount = adminAccount;
    this.demoData = demoData;
    this.schoolMemberships = schoolMemberships;
    this.referenceData = properties.referenceData();
    this.resourceLoader = resourceLoader;
    this.startupLock = startupLock;
    this.peopleImport = peopleImport;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(this::initialise);
  }

  private void initialise() {
    roleSetup.apply();
    if (hasText(referenceData.schools())) {
      importer.importSchools(resourceLoader.getResource(referenceData.schools()));
    }
    if (hasText(referenceData.employers())) {
      importer.importEmployers(resourceLoader.getResource(referenceData.employers()));
    }
    taskFilters.apply(TaskCards.filterVariables());
    // tasks opened before cards existed get theirs, so the filters' card fields are never blank
    cardBackfill.apply();
    adminAccount.ensure();
    demoData.create();
    schoolMemberships.apply();
    // after the reference data (the file names schools and employers by their registry ids)
    peopleImport.run();
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
