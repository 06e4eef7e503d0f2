package pl.vetworkflow.testsupport;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.participant.ParticipantRegistry;

/**
 * Base of the path and validation tests of a process that registers its participants and their
 * forms of support (group activities, career counselling), on the whole application (the subclass
 * names its database, e.g. with {@link H2IntegrationTest} and its own H2 URL).
 *
 * <p>Before each test: the engine clock at 9:00 on the feature's day, an empty participant registry
 * (no supports, course enrolments or participants), and the working roles may read the definitions
 * the process-test-coverage listener reads as them; after it, the clock runs again. The coverage
 * report is target/process-test-coverage/&lt;test class&gt;/.
 */
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class RegistryCaseTest {
  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected IdentityService identity;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected ParticipantRegistry participants;
  @Autowired protected Grants grants;
  @Autowired private OverdueTaskReminders reminderJob;
  /** Starts and works cases as the demo users. */
  protected CaseScenario scenario;
  /** The reminder job, run at a moment of the engine clock. */
  protected ReminderJob mails;

  private final LocalDate today;

  /** @param today the day the engine clock is set to before each test */
  protected RegistryCaseTest(LocalDate today) {
    this.today = today;
  }

  @BeforeEach
  void startOnTheDayWithAnEmptyRegistry() {
    BpmnAwareTests.init(engine);
    scenario = new CaseScenario(runtime, tasks, identity);
    mails = new ReminderJob(reminderJob, jdbc);
    CaseScenario.clock(today);
    jdbc.update("delete from vet_support");
    jdbc.update("delete from vet_course_enrolment");
    jdbc.update("delete from vet_participant");
    CoverageGrants.letWorkingRolesReadDefinitions(grants);
  }

  @AfterEach
  void resetClockAndAssertions() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }
}
