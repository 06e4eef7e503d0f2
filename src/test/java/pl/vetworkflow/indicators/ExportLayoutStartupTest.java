package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import pl.vetworkflow.VetWorkflowApplication;

/** A typo in the export's layout stops the application's start, naming the property and the allowed names. */
class ExportLayoutStartupTest {
  @Test
  void anUnknownSourceStopsTheStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(VetWorkflowApplication.class).run(
        "--spring.profiles.active=test", "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:export-layout-probe;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=export-layout-probe", "--camunda.bpm.job-execution.enabled=false",
        "--vet.export.participants.columns[0].header=PESEL",
        "--vet.export.participants.columns[0].source=PESELL").close())
        .hasStackTraceContaining("vet.export.participants.columns[0].source: 'PESELL' of column 'PESEL' is not a source;"
            + " sources: CITIZENSHIP, PARTICIPANT_KIND");
  }
}
