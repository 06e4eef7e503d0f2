package pl.vetworkflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.activity.GroupActivityDemo;
import pl.vetworkflow.counselling.CareerCounsellingDemo;
import pl.vetworkflow.course.CourseDemo;
import pl.vetworkflow.identity.DemoData;
import pl.vetworkflow.internship.StudentInternshipDemo;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.procurement.EquipmentProcurementDemo;

/**
 * Demo cases for the default (embedded) settings: on the first start with an empty engine, the demo
 * users submit a few applications, requests, a course and one planned group activity of each kind
 * (waiting for the programme office's approval), and take some of them a step further, so
 * that Tasklist, Cockpit and the programme indicators have something to show. Every step goes
 * through the engine as the demo user would do it, with the same server-side validation.
 */
@Component
public class DemoCases {
  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

  private final DemoData demoData;
  private final boolean enabled;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;

  public DemoCases(DemoData demoData, @Value("${vet.demo.cases:false}") boolean enabled, RuntimeService runtime,
      TaskService tasks, HistoryService history, IdentityService identity) {
    this.demoData = demoData;
    this.enabled = enabled;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void runOnFirstStart() {
    if (!enabled || !demoData.enabled() || history.createHistoricProcessInstanceQuery().count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now();
    LocalDate start = today.plusDays(30);

    ProcessInstance jan = as("school1", () -> runtime.startProcessInstanceByKey(StudentInternshipDemo.PROCESS_KEY,
        StudentInternshipDemo.application("Jan", "Kowalski", Pesel.of(LocalDate.of(2007, 1, 15), 1235), "1", "1",
            start)));
    ProcessInstance ola = as("school1", () -> runtime.startProcessInstanceByKey(StudentInternshipDemo.PROCESS_KEY,
        StudentInternshipDemo.application("Aleksandra", "Nowak", Pesel.of(LocalDate.of(2006, 9, 3), 2342), "1", "2",
            start)));
    ProcessInstance piotr = as("school2", () -> runtime.startProcessInstanceByKey(StudentInternshipDemo.PROCESS_KEY,
        StudentInternshipDemo.application("Piotr", "Zieliński", Pesel.of(LocalDate.of(2007, 4, 20), 3457), "2", "2",
            start)));

    // Jan's case goes on to the signatures: its agreement is issued, the school and the employer have
    // it in the task's "Dokumenty" tab and attach the signed scan there
    completeTask(jan, "confirmPlacement", "employer1", StudentInternshipDemo.placementConfirmed());
    completeTask(jan, "approveProgramme", "teacher1", StudentInternshipDemo.programmeApproved());
    completeTask(jan, "prepareAgreement", "coordinator",
        StudentInternshipDemo.agreementPrepared("UT/SU/1/" + today.getYear(), today));

    ProcessInstance workshop = as("school1", () -> runtime.startProcessInstanceByKey(
        EquipmentProcurementDemo.PROCESS_KEY, EquipmentProcurementDemo.request("1", today)));
    completeFirstTask(workshop, "coordinator", EquipmentProcurementDemo.approval());
    ProcessInstance welding = as("school2", () -> runtime.startProcessInstanceByKey(CourseDemo.PROCESS_KEY,
        CourseDemo.request("2", start)));
    // one plan of each kind of group activity, waiting for the coordinator's approval
    List<String> activities = new ArrayList<>();
    for (GroupActivityDemo.Plan plan : GroupActivityDemo.plans(start)) {
      activities.add(as(plan.plannedBy(), () -> runtime.startProcessInstanceByKey(GroupActivityDemo.PROCESS_KEY,
          plan.variables())).getBusinessKey());
    }

    // a pupil new to the registry starts counselling: the school also gets the pupil's monitoring data to fill in
    ProcessInstance zuzanna = as("school1", () -> runtime.startProcessInstanceByKey(CareerCounsellingDemo.PROCESS_KEY,
        CareerCounsellingDemo.start("1", Pesel.of(LocalDate.of(2008, 5, 12), 4568).value(), "Zuzanna", "Wójcik",
            "3TM", "Anna Wiśniewska")));

    log.info("Demo cases started: internships {}, {}, {}; procurement {}; course {}; group activities {};"
        + " counselling {}", jan.getBusinessKey(), ola.getBusinessKey(), piotr.getBusinessKey(),
        workshop.getBusinessKey(), welding.getBusinessKey(), activities, zuzanna.getBusinessKey());
  }

  private void completeFirstTask(ProcessInstance instance, String userId, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    as(userId, () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  /** Completes the open task {@code key} of the case (or of a process it called) as {@code userId}. */
  private void completeTask(ProcessInstance instance, String key, String userId, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key)
        .singleResult();
    if (task == null) {
      log.warn("Demo case {} has no open task {}: left where it is", instance.getBusinessKey(), key);
      return;
    }
    as(userId, () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  private <T> T as(String userId, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
