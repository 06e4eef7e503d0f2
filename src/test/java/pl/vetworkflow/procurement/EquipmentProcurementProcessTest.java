package pl.vetworkflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static pl.vetworkflow.procurement.ProcurementForms.*;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.advanceDays;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.setToday;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.today;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.testsupport.ReminderJob;
import pl.vetworkflow.validation.FormValidationException;

/**
 * Every path of equipment-procurement and of the called supplier-selection, on the whole application
 * (delegates, form validation, DMN) with its own in-memory H2 database. The coverage report
 * (target/process-test-coverage/) must show every flow node and sequence flow of both models.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=jdbc:h2:mem:vet-procurement-paths;DB_CLOSE_DELAY=-1",
    "vet.procurement.default-school-budget=500000.00",
    "vet.procurement.school-budgets.[2]=40000.00"})
@ActiveProfiles("test")
// closed after the class, like every application test: its engine is named "default" too, and a context
// left in the cache would be closed only while the next class's context starts, unregistering "default"
// from under that one's /engine-rest (ProductionProfileTest then got 404)
@DirtiesContext
@Import({ProcessEngineCoverageConfiguration.class, EquipmentProcurementProcessTest.FullCoverage.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class EquipmentProcurementProcessTest {

  /** The class fails unless its tests together pass every flow node and sequence flow. */
  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties fullCoverage() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).withDetailedCoverageLogging()
          .build();
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcurementOrders orders;
  @Autowired SchoolBudgets budgets;
  @Autowired OverdueTaskReminders reminderJob;
  ReminderJob reminders;

  ProcurementProcessTestSupport cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new ProcurementProcessTestSupport(runtime, taskService, management);
    reminders = new ReminderJob(reminderJob, jdbc);
    jdbc.update("delete from vet_procurement_order");
    setToday(LocalDate.of(2026, 3, 2));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // ---- helpers -------------------------------------------------------------------------------

  ProcessInstance approved(String school, String category, long quantity, double unitPrice) {
    ProcessInstance pi = cases.start(request(school, category, quantity, unitPrice, today()));
    cases.complete(pi, "reviewRequest", review("APPROVE", null));
    return pi;
  }

  /** Enquiry (published where required), offer deadline after the minimum period, timer fired. */
  void enquiryAndDeadline(ProcessInstance pi) {
    boolean publication = (Boolean) cases.selectionVariable(pi, "publicationRequired");
    long minDays = ((Number) cases.selectionVariable(pi, "minOfferDays")).longValue();
    cases.complete(pi, "recordEnquiry", enquiry(publication ? "2026-BK-" + pi.getId() : null, today(),
        today().plusDays(Math.max(minDays, 3))));
    assertThat(cases.selection(pi)).isWaitingAt("offerDeadlineReached");
    advanceDays((int) Math.max(minDays, 3) + 1);
    cases.fireTimer(pi, "offerDeadlineReached");
  }

  void contract(ProcessInstance pi, double net) {
    cases.complete(pi, "recordContract", ProcurementForms.contract(net, today(), today().plusDays(30)));
  }

  void deliverAndFinish(ProcessInstance pi, double net) {
    advanceDays(20);
    cases.complete(pi, "confirmDelivery", delivery(today(), "FULL"));
    finish(pi, net);
  }

  void finish(ProcessInstance pi, double net) {
    assertThat(pi).isWaitingAt("recordAssets", "recordInvoice");
    cases.complete(pi, "recordAssets", assets(cases.variable(pi, "inventoryNumbers"), today()));
    cases.complete(pi, "recordInvoice", invoice(net, today()));
    assertThat(pi).isEnded().hasPassed("completeOrder").hasNotPassed("closedWithoutPurchase");
  }

  /** Recipients of the outbox messages of one kind (TASK, REMINDER, ESCALATION) about one task. */
  List<String> outbox(String taskId, String kind) {
    return jdbc.queryForList("select recipient from vet_mail_outbox where task_id = ? and kind = ? order by recipient",
        String.class, taskId, kind);
  }

  /** The e-mail addresses of the escalation group's members (the demo coordinators). */
  List<String> coordinatorAddresses() {
    return identity.createUserQuery().memberOfGroup("coordinators").list().stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .map(u -> u.getEmail().toLowerCase(Locale.ROOT)).sorted().toList();
  }

  /**
   * Runs the reminder job an hour after the task's due date and checks what the real notification
   * mechanism recorded: the task's first step, one REMINDER for each person who got the task's own
   * e-mail (the same people), and the task stays open. Returns the reminded addresses.
   */
  List<String> remind(ProcessInstance pi, String taskKey) {
    Task task = cases.task(pi, taskKey);
    assertThat(task).as("open task " + taskKey).isNotNull();
    assertThat(reminders.runDaysAfterDue(task, 0)).as("steps of " + taskKey).contains("1 REMINDER SENT");
    List<String> reminded = outbox(task.getId(), "REMINDER");
    assertThat(reminded).as("reminders about " + taskKey).isNotEmpty()
        .containsExactlyElementsOf(outbox(task.getId(), "TASK")).doesNotHaveDuplicates();
    assertThat(cases.task(pi, taskKey).getId()).isEqualTo(task.getId());
    return reminded;
  }

  /**
   * Runs the reminder job on the day before the tasks' escalation and on its day ({@code days} after
   * their due date): every coordinator gets an ESCALATION about each task, not earlier, and the tasks stay open.
   */
  void escalate(ProcessInstance pi, int days, String... taskKeys) {
    List<Task> open = java.util.Arrays.stream(taskKeys).map(key -> cases.task(pi, key)).toList();
    for (Task task : open) {
      assertThat(reminders.runDaysAfterDue(task, days - 1)).as("steps of " + task.getTaskDefinitionKey())
          .noneMatch(s -> s.contains("ESCALATION"));
    }
    for (Task task : open) {
      assertThat(reminders.runDaysAfterDue(task, days)).as("steps of " + task.getTaskDefinitionKey())
          .anyMatch(s -> s.endsWith("ESCALATION SENT"));
      assertThat(outbox(task.getId(), "ESCALATION")).as("escalations about " + task.getTaskDefinitionKey())
          .isNotEmpty().containsExactlyElementsOf(coordinatorAddresses());
      assertThat(cases.task(pi, task.getTaskDefinitionKey()).getId()).isEqualTo(task.getId());
    }
  }

  ProcurementOrders.Order order(ProcessInstance pi) {
    Object id = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("procurementOrderId").singleResult().getValue();
    return orders.find(((Number) id).longValue()).orElseThrow();
  }

  // ---- paths ---------------------------------------------------------------------------------

  @Test
  void priceSurveyFromRequestToAssetRegisterChargesTheContractValue() {
    ProcessInstance pi = cases.start(request("1", "IT_EQUIPMENT", 10, 2000.00, today()));
    assertThat(pi).isWaitingAt("reviewRequest");
    assertThat(pi.getBusinessKey()).matches("ZS/2026/\\d{4}");
    Task review = cases.task(pi, "reviewRequest");
    assertThat(review).hasCandidateGroup("coordinators").hasName("Rozpatrz wniosek o zakup sprzętu");
    assertThat(review.getDueDate()).isNotNull();
    assertThat(cases.variable(pi, "itemsSummary")).isEqualTo("1. Stanowisko dydaktyczne – 10 szt. × 2 000,00 zł = 20 000,00 zł");
    assertThat(cases.variable(pi, "remainingBudget")).isEqualTo(500000.00);
    assertThat(cases.variable(pi, "schoolName")).isEqualTo("Technikum nr 1 w Opolu");
    assertThat(order(pi).status()).isEqualTo("SUBMITTED");

    cases.complete(pi, "reviewRequest", review("APPROVE", null));
    assertThat(pi).isWaitingAt("selectSupplier");
    assertThat(order(pi).status()).isEqualTo("APPROVED");
    assertThat(cases.selectionVariable(pi, "procedure")).isEqualTo("PRICE_SURVEY");
    assertThat(cases.selectionVariable(pi, "publicationRequired")).isEqualTo(false);
    assertThat(cases.selectionVariable(pi, "budgetLimit")).isEqualTo(500000.00);
    assertThat(cases.task(pi, "recordEnquiry")).hasCandidateGroup("coordinators");

    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", offers(18500.00));
    assertThat(cases.selectionVariable(pi, "chosenSupplierName")).isEqualTo("Mechatronika Opole sp. z o.o.");
    assertThat(cases.selectionVariable(pi, "overBudget")).isEqualTo(false);
    contract(pi, 18500.00);
    assertThat(cases.selection(pi)).isNull();
    assertThat(pi).isWaitingAt("confirmDelivery");
    assertThat(cases.task(pi, "confirmDelivery")).hasCandidateGroup("school-1");

    // the budget is charged with the contract (18,500), not the estimate (20,000)
    assertThat(order(pi).status()).isEqualTo("CONTRACTED");
    assertThat(order(pi).contractNetValue()).isEqualByComparingTo("18500.00");
    assertThat(order(pi).procedure()).isEqualTo("PRICE_SURVEY");
    assertThat(budgets.remaining("1", -1)).isEqualByComparingTo("481500.00");

    advanceDays(20);
    LocalDate accepted = today();
    cases.complete(pi, "confirmDelivery", delivery(accepted, "FULL"));
    assertThat(cases.task(pi, "recordAssets")).hasCandidateGroup("school-1");
    assertThat(cases.task(pi, "recordInvoice")).hasCandidateGroup("accounting");
    finish(pi, 18500.00);

    ProcurementOrders.Order done = order(pi);
    assertThat(done.status()).isEqualTo("COMPLETED");
    assertThat(done.durabilityEndDate()).isEqualTo(accepted.plusYears(5));
    assertThat(done.supplierNip()).isEqualTo(NIP_A);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("durabilityEndDate").singleResult().getValue()).isEqualTo(accepted.plusYears(5).toString());
    assertThat(budgets.remaining("1", -1)).isEqualByComparingTo("481500.00");
  }

  @Test
  void competitivenessFrom80000RequiresAPublishedEnquiryAndTheMinimumOfferPeriod() {
    ProcessInstance pi = approved("1", "MACHINE_TOOLS", 2, 45000.00);
    assertThat(cases.selectionVariable(pi, "procedure")).isEqualTo("COMPETITIVENESS");
    assertThat(cases.selectionVariable(pi, "aggregatedNetValue")).isEqualTo(90000.00);

    Map<String, Object> unpublished = enquiry(null, today(), today().plusDays(7));
    assertThatThrownBy(() -> cases.complete(pi, "recordEnquiry", unpublished))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("enquiryPublicationNumber"));
    Map<String, Object> tooShort = enquiry("2026-12345-67890", today(), today().plusDays(6));
    assertThatThrownBy(() -> cases.complete(pi, "recordEnquiry", tooShort))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("offerDeadline"));
    assertThat(cases.task(pi, "recordEnquiry")).isNotNull();

    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", offers(88000.00));
    contract(pi, 88000.00);
    assertThat(order(pi).procedure()).isEqualTo("COMPETITIVENESS");
    deliverAndFinish(pi, 88000.00);
  }

  @Test
  void publicProcurementLawFrom130000() {
    ProcessInstance pi = approved("1", "ELECTRICAL", 13, 10000.00);
    assertThat(cases.selectionVariable(pi, "procedure")).isEqualTo("PZP");
    assertThat(cases.selectionVariable(pi, "procedureName")).isEqualTo("Prawo zamówień publicznych (PZP)");
    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", offers(125000.00));
    contract(pi, 125000.00);
    assertThat(order(pi).procedure()).isEqualTo("PZP");
  }

  @Test
  void competitivenessFrom50000BeforeMarch25th2025() {
    setToday(LocalDate.of(2025, 3, 20));
    ProcessInstance pi = approved("1", "CATERING", 1, 50000.00);
    assertThat(cases.selectionVariable(pi, "procedureDate")).isEqualTo("2025-03-20");
    assertThat(cases.selectionVariable(pi, "procedure")).isEqualTo("COMPETITIVENESS");
  }

  @Test
  void antiSplittingTwoOrdersOf30000OfOneKindAreValuedTogether() {
    setToday(LocalDate.of(2025, 3, 20));
    ProcessInstance first = approved("1", "AUTOMOTIVE", 1, 30000.00);
    assertThat(cases.selectionVariable(first, "procedure")).isEqualTo("PRICE_SURVEY");
    ProcessInstance otherKind = approved("1", "SOFTWARE", 1, 30000.00);
    assertThat(cases.selectionVariable(otherKind, "aggregatedNetValue")).isEqualTo(30000.00);
    ProcessInstance second = approved("2", "AUTOMOTIVE", 1, 30000.00);
    assertThat(cases.selectionVariable(second, "otherOrdersNetValue")).isEqualTo(30000.00);
    assertThat(cases.selectionVariable(second, "aggregatedNetValue")).isEqualTo(60000.00);
    assertThat(cases.selectionVariable(second, "procedure")).isEqualTo("COMPETITIVENESS");
  }

  @Test
  void antiSplittingAfterMarch25th2025NeedsThe80000Threshold() {
    ProcessInstance first = approved("1", "CONSTRUCTION", 1, 30000.00);
    ProcessInstance second = approved("1", "CONSTRUCTION", 1, 30000.00);
    assertThat(cases.selectionVariable(second, "procedure")).isEqualTo("PRICE_SURVEY");
    ProcessInstance third = approved("1", "CONSTRUCTION", 1, 30000.00);
    assertThat(cases.selectionVariable(third, "aggregatedNetValue")).isEqualTo(90000.00);
    assertThat(cases.selectionVariable(third, "procedure")).isEqualTo("COMPETITIVENESS");
    assertThat(first.getId()).isNotEqualTo(second.getId());
  }

  @Test
  void noOffersThenRepeatedEnquiryThenContract() {
    ProcessInstance pi = approved("1", "TEACHING_AIDS", 4, 2500.00);
    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", noOffers());
    assertThat(cases.selection(pi)).isWaitingAt("decideNoOffers");
    cases.complete(pi, "decideNoOffers", decision("noOffersDecision", "REPEAT", "noOffersReason"));
    assertThat(cases.selection(pi)).isWaitingAt("recordEnquiry");
    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", offers(9800.00));
    contract(pi, 9800.00);
    assertThat(pi).isWaitingAt("confirmDelivery");
  }

  @Test
  void aCourseBoughtForTheSchoolLeavesItsEquipmentBudgetAlone() {
    BigDecimal before = budgets.remaining("2", -1);
    long course = orders.register("COURSE", "KUR/2026/T1", "course-instance-t1", "2", "STUDENT_COURSE",
        "Kurs spawania MAG", new BigDecimal("12000.00"));
    orders.updateStatus(course, ProcurementOrders.Status.APPROVED);
    assertThat(budgets.remaining("2", -1)).isEqualByComparingTo(before);
    orders.register("EQUIPMENT", "ZAK/2026/T1", "equipment-instance-t1", "2", "TEACHING_AIDS", "Pomoce dydaktyczne",
        new BigDecimal("5000.00"));
    assertThat(budgets.remaining("2", -1)).isEqualByComparingTo(before.subtract(new BigDecimal("5000.00")));
  }

  @Test
  void noOffersThenCancelledReleasesTheBudget() {
    ProcessInstance pi = approved("2", "TEACHING_AIDS", 4, 2500.00);
    assertThat(budgets.remaining("2", -1)).isEqualByComparingTo("30000.00");
    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", noOffers());
    remind(pi, "decideNoOffers");
    cases.complete(pi, "decideNoOffers", decision("noOffersDecision", "CANCEL", "noOffersReason"));
    assertThat(pi).isWaitingAt("acknowledgeClosure");
    assertThat(remind(pi, "acknowledgeClosure")).contains("school2@vet-workflow.example")
        .doesNotContain("school1@vet-workflow.example");
    assertThat(cases.task(pi, "acknowledgeClosure")).hasCandidateGroup("school-2");
    assertThat((String) cases.variable(pi, "closureReason")).startsWith("Wybór wykonawcy unieważniony – brak ofert");
    assertThat(order(pi).status()).isEqualTo("CANCELLED");
    assertThat(budgets.remaining("2", -1)).isEqualByComparingTo("40000.00");
    cases.complete(pi, "acknowledgeClosure", Map.of("closureAcknowledged", true));
    assertThat(pi).isEnded().hasPassed("closedWithoutPurchase");
  }

  @Test
  void offerAboveTheBudgetAcceptedByTheCoordinator() {
    ProcessInstance pi = approved("2", "WORKSHOP_FURNITURE", 5, 7000.00);
    assertThat(cases.selectionVariable(pi, "budgetLimit")).isEqualTo(40000.00);
    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", offers(42000.00));
    assertThat(cases.selection(pi)).isWaitingAt("decideOverBudget");
    remind(pi, "decideOverBudget");
    cases.complete(pi, "decideOverBudget", decision("overBudgetDecision", "ACCEPT", "overBudgetReason"));
    contract(pi, 42000.00);
    assertThat(order(pi).contractNetValue()).isEqualByComparingTo("42000.00");
    assertThat(budgets.remaining("2", -1)).isEqualByComparingTo(new BigDecimal("-2000.00"));
    assertThat(pi).isWaitingAt("confirmDelivery");
  }

  @Test
  void offerAboveTheBudgetRefusedByTheCoordinator() {
    ProcessInstance pi = approved("2", "WORKSHOP_FURNITURE", 5, 7000.00);
    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", offers(42000.00));
    cases.complete(pi, "decideOverBudget", decision("overBudgetDecision", "CANCEL", "overBudgetReason"));
    assertThat(pi).isWaitingAt("acknowledgeClosure");
    assertThat((String) cases.variable(pi, "closureReason")).contains("przekracza budżet");
    assertThat(order(pi).status()).isEqualTo("CANCELLED");
  }

  @Test
  void defectsComplaintRemedyAfterTheDeadlineThenAcceptance() {
    ProcessInstance pi = approved("1", "IT_EQUIPMENT", 2, 3000.00);
    enquiryAndDeadline(pi);
    cases.complete(pi, "recordOffers", offers(5800.00));
    contract(pi, 5800.00);
    advanceDays(10);
    cases.complete(pi, "confirmDelivery", delivery(today(), "DEFECTS"));
    assertThat(pi).isWaitingAt("fileComplaint");
    assertThat(cases.task(pi, "fileComplaint")).hasCandidateGroup("coordinators");
    cases.complete(pi, "fileComplaint", complaint(today(), today().plusDays(14)));
    Task remedy = cases.task(pi, "confirmRemedy");
    assertThat(remedy).hasCandidateGroup("school-1");
    assertThat(remedy.getDueDate()).isEqualTo(new ProcurementCalendar().dayAfter(today().plusDays(14).toString()));

    // the supplier misses the deadline: on the task's due date the coordinators are alerted, the school's task stays open
    advanceDays(15);
    reminders.runNow();
    assertThat(reminders.steps(remedy.getId())).containsExactly("1 REMINDER SENT", "2 ESCALATION SENT");
    assertThat(outbox(remedy.getId(), "ESCALATION")).isEqualTo(coordinatorAddresses());
    assertThat(pi).isWaitingAt("confirmRemedy");

    advanceDays(2);
    cases.complete(pi, "confirmRemedy", remedy(today()));
    finish(pi, 5800.00);
    assertThat(order(pi).durabilityEndDate()).isEqualTo(today().plusYears(5));
  }

  @Test
  void overdueTasksRemindTheSamePeopleAndLongOverdueOnesAlertTheCoordinators() {
    ProcessInstance pi = cases.start(request("1", "IT_EQUIPMENT", 2, 3000.00, today()));
    Task review = cases.task(pi, "reviewRequest");
    // nothing before the due date; the first reminder with it, the next ones every due period (5 days)
    assertThat(reminders.runDaysAfterDue(review, -1)).isEmpty();
    advanceDays(5);
    assertThat(remind(pi, "reviewRequest")).contains("coordinator@vet-workflow.example");
    assertThat(reminders.runDaysAfterDue(review, 4)).as("the next reminder of the plan").hasSize(1);
    assertThat(reminders.runDaysAfterDue(review, 5)).containsExactly("1 REMINDER SENT", "2 REMINDER SENT");
    assertThat(pi).isWaitingAt("reviewRequest");

    cases.complete(pi, "reviewRequest", review("RETURN", "Uzupełnij uzasadnienie."));
    advanceDays(7);
    assertThat(remind(pi, "correctRequest")).contains("school1@vet-workflow.example")
        .doesNotContain("school2@vet-workflow.example", "coordinator@vet-workflow.example");
    advanceDays(14);
    escalate(pi, 14, "correctRequest");
    Map<String, Object> corrected = request("1", "IT_EQUIPMENT", 2, 3000.00, today());
    corrected.remove("schoolId");
    cases.complete(pi, "correctRequest", corrected);
    cases.complete(pi, "reviewRequest", review("APPROVE", null));

    // supplier selection: the coordinators' tasks
    assertThat(remind(pi, "recordEnquiry")).contains("coordinator@vet-workflow.example");
    enquiryAndDeadline(pi);
    remind(pi, "recordOffers");
    cases.complete(pi, "recordOffers", offers(5800.00));
    remind(pi, "recordContract");
    contract(pi, 5800.00);

    // delivery: due 7 days after the contractual delivery deadline, reminded then once, escalated 14 days later
    Task delivery = cases.task(pi, "confirmDelivery");
    assertThat(delivery.getDueDate()).isEqualTo(new ProcurementCalendar().daysAfter(today().plusDays(30).toString(), 7));
    advanceDays(38);
    assertThat(remind(pi, "confirmDelivery")).contains("school1@vet-workflow.example");
    escalate(pi, 14, "confirmDelivery");
    assertThat(reminders.runDaysAfterDue(delivery, 40)).containsExactly("1 REMINDER SENT", "2 ESCALATION SENT");
    cases.complete(pi, "confirmDelivery", delivery(today(), "DEFECTS"));
    remind(pi, "fileComplaint");
    cases.complete(pi, "fileComplaint", complaint(today(), today().plusDays(14)));
    // the remedy: reminded on its due date, and the coordinators told the same day (the supplier missed the deadline)
    Task remedy = cases.task(pi, "confirmRemedy");
    advanceDays(15);
    remind(pi, "confirmRemedy");
    assertThat(reminders.steps(remedy.getId())).containsExactly("1 REMINDER SENT", "2 ESCALATION SENT");
    cases.complete(pi, "confirmRemedy", remedy(today()));

    advanceDays(14);
    remind(pi, "recordAssets");
    remind(pi, "recordInvoice");
    assertThat(outbox(cases.task(pi, "recordInvoice").getId(), "REMINDER")).contains("accountant@vet-workflow.example");
    advanceDays(14);
    escalate(pi, 14, "recordAssets", "recordInvoice");
    finish(pi, 5800.00);
    // a finished case leaves no job behind (and its models have no reminder timers)
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void rejectedRequestIsClosedAndUsesNoBudget() {
    ProcessInstance pi = cases.start(request("2", "SOFTWARE", 1, 15000.00, today()));
    assertThat(budgets.remaining("2", -1)).isEqualByComparingTo("25000.00");
    assertThatThrownBy(() -> cases.complete(pi, "reviewRequest", review("REJECT", null)))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("reviewReason"));
    cases.complete(pi, "reviewRequest", review("REJECT", "Brak uzasadnienia potrzeb rynku pracy."));
    assertThat(pi).isWaitingAt("acknowledgeClosure");
    assertThat((String) cases.variable(pi, "closureReason")).contains("Brak uzasadnienia potrzeb rynku pracy.");
    assertThat(order(pi).status()).isEqualTo("REJECTED");
    assertThat(budgets.remaining("2", -1)).isEqualByComparingTo("40000.00");
    cases.complete(pi, "acknowledgeClosure", Map.of("closureAcknowledged", true));
    assertThat(pi).isEnded().hasPassed("rejectOrder", "closedWithoutPurchase").hasNotPassed("selectSupplier");
  }

  @Test
  void returnedForCorrectionThenApproved() {
    ProcessInstance pi = cases.start(request("1", "IT_EQUIPMENT", 10, 2000.00, today()));
    cases.complete(pi, "reviewRequest", review("RETURN", "Podaj ceny z co najmniej dwóch źródeł."));
    assertThat(pi).isWaitingAt("correctRequest");
    assertThat(cases.task(pi, "correctRequest")).hasCandidateGroup("school-1");

    Map<String, Object> corrected = request("1", "IT_EQUIPMENT", 8, 2100.00, today());
    corrected.remove("schoolId");
    cases.complete(pi, "correctRequest", corrected);
    assertThat(pi).isWaitingAt("reviewRequest");
    assertThat(cases.variable(pi, "itemsSummary")).asString().contains("8 szt. × 2 100,00 zł = 16 800,00 zł");
    assertThat(order(pi).estimatedNetValue()).isEqualByComparingTo("16800.00");
    assertThat(order(pi).subject()).isEqualTo("Wyposażenie pracowni IT_EQUIPMENT");
    cases.complete(pi, "reviewRequest", review("APPROVE", null));
    assertThat(cases.selectionVariable(pi, "estimatedNetValue")).isEqualTo(16800.00);
  }

  @Test
  void theCoordinatorCannotApproveMoreThanTheSchoolHasLeft() {
    ProcessInstance first = cases.start(request("2", "SOFTWARE", 1, 30000.00, today()));
    // a second request must fit in what the first one leaves
    Map<String, Object> tooMuch = request("2", "SOFTWARE", 1, 10000.01, today());
    assertThatThrownBy(() -> cases.start(tooMuch)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("„Szacunkowa wartość netto razem”").hasMessageContaining("przekracza pozostały budżet");
    ProcessInstance second = cases.start(request("2", "SOFTWARE", 1, 10000.00, today()));
    assertThat(cases.variable(second, "remainingBudget")).isEqualTo(10000.00);
    // the coordinator rejects nothing yet; the first one's estimate was raised by a correction meanwhile:
    // simulated by lowering what is left below the first request's value
    jdbc.update("update vet_procurement_order set estimated_net_value = 15000 where process_instance_id = ?", second.getId());
    assertThatThrownBy(() -> cases.complete(first, "reviewRequest", review("APPROVE", null)))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).containsExactly("reviewDecision"));
    assertThat(cases.task(first, "reviewRequest")).isNotNull();
  }
}
