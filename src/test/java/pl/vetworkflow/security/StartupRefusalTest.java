package pl.vetworkflow.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import pl.vetworkflow.VetWorkflowApplication;

/** Production never starts with a default password or with demo users. */
class StartupRefusalTest {

  /** Starts like a deployment does: profile and environment-level settings as command-line arguments. */
  private static void startProduction(String... extra) {
    String[] base = {"--spring.profiles.active=postgres", "--server.port=0",
        "--VET_DB_URL=jdbc:h2:mem:refusal;DB_CLOSE_DELAY=-1", "--VET_DB_USER=sa", "--VET_DB_PASSWORD=",
        "--VET_PUBLIC_BASE_URL=https://vet.example.org", "--VET_SMTP_HOST=localhost",
        "--camunda.bpm.process-engine-name=refusal-probe", "--camunda.bpm.job-execution.enabled=false"};
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
        .toArray(String[]::new);
    new SpringApplicationBuilder(VetWorkflowApplication.class).run(args).close();
  }

  @Test
  void withoutAnAdminPasswordFromTheEnvironment() {
    assertThatThrownBy(() -> startProduction())
        .hasStackTraceContaining("VET_ADMIN_PASSWORD) must be set");
  }

  @Test
  void withDemoDataSwitchedOn() {
    assertThatThrownBy(() -> startProduction("--VET_ADMIN_PASSWORD=x-9", "--vet.demo.enabled=true"))
        .hasStackTraceContaining("vet.demo.enabled must be false in production");
  }
}
