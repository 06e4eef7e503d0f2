package pl.vetworkflow.account;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The people file of {@code vet.accounts.import-file} (VET_PEOPLE_FILE), imported at every start
 * like the reference data, after it. Idempotent: known people are left as they are, only new ones
 * are invited. A file that cannot be imported stops the start-up with its problems.
 */
@Component
public class PeopleStartupImport {
  private static final Logger LOG = LoggerFactory.getLogger(PeopleStartupImport.class);

  private final PeopleImport peopleImport;
  private final AccountSettings settings;
  private final ResourceLoader resources;

  public PeopleStartupImport(PeopleImport peopleImport, AccountSettings settings, ResourceLoader resources) {
    this.peopleImport = peopleImport;
    this.settings = settings;
    this.resources = resources;
  }

  public void run() {
    String location = settings.importFile();
    if (location == null || location.isBlank()) {
      return;
    }
    Resource file = resources.getResource(location);
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("vet.accounts.import-file (VET_PEOPLE_FILE): cannot read " + location + ": "
          + e.getMessage(), e);
    }
    try {
      ImportReport report = peopleImport.importFile(file.getFilename(), content, settings.importDeactivateMissing(),
          false, "system (import przy starcie: " + location + ")");
      LOG.info("People imported from {}: {}", location, report);
    } catch (PeopleFileException e) {
      throw new IllegalStateException("vet.accounts.import-file (VET_PEOPLE_FILE) " + location
          + " was not imported: " + String.join(" | ", e.problems()), e);
    }
  }
}
