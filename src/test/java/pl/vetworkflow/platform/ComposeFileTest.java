package pl.vetworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml sets every environment variable the application reads in the production profile. */
class ComposeFileTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
  }

  /** Every ${ENV_VAR} of the settings the postgres profile uses (the base file and the profile's own). */
  static Set<String> variablesReadInProduction() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String file : new String[] {"application.yaml", "application-postgres.yaml"}) {
      Matcher m = PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources", file)));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  @Test
  @SuppressWarnings("unchecked")
  void appServiceSetsEveryVariableTheProductionProfileReads() throws IOException {
    Map<String, Object> environment = (Map<String, Object>) service("app").get("environment");
    Set<String> read = variablesReadInProduction();
    assertThat(read).contains("VET_DB_URL", "VET_DB_USER", "VET_DB_PASSWORD", "VET_SMTP_HOST", "VET_SMTP_PORT",
        "VET_SMTP_USER", "VET_SMTP_PASSWORD", "VET_ADMIN_USER", "VET_ADMIN_PASSWORD", "VET_PUBLIC_BASE_URL");
    assertThat(environment.keySet()).containsAll(read);
    assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeStartsPostgres17AndAMailCatcherAndBuildsTheApp() throws IOException {
    assertThat((String) service("postgres").get("image")).startsWith("postgres:17");
    assertThat((String) service("mailpit").get("image")).contains("mailpit");
    assertThat(service("app").get("build")).isEqualTo(".");
    Map<String, Object> environment = (Map<String, Object>) service("app").get("environment");
    // no password is written into the file: they come from the caller's environment
    assertThat(String.valueOf(environment.get("VET_ADMIN_PASSWORD"))).startsWith("${VET_ADMIN_PASSWORD:?");
    assertThat(String.valueOf(environment.get("VET_DB_PASSWORD"))).startsWith("${VET_DB_PASSWORD:?");
  }
}
