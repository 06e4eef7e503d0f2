package pl.vetworkflow.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import pl.vetworkflow.course.CourseKind;
import pl.vetworkflow.course.CourseVariables;
import pl.vetworkflow.identity.DemoData;
import pl.vetworkflow.internship.StudentInternshipVariables;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.procurement.EquipmentProcurementVariables;
import pl.vetworkflow.procurement.RequestItems;

/**
 * Demo cases for the default (embedded) settings: on the first start with an empty engine, the demo
 * users submit a few applications, requests and a course, and take some of them a step further, so
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

    ProcessInstance jan = as("school1", () -> runtime.startProcessInstanceByKey(StudentInternshipVariables.PROCESS_KEY,
        internship("Jan", "Kowalski", Pesel.of(LocalDate.of(2007, 1, 15), 1235), "1", "1", start)));
    ProcessInstance ola = as("school1", () -> runtime.startProcessInstanceByKey(StudentInternshipVariables.PROCESS_KEY,
        internship("Aleksandra", "Nowak", Pesel.of(LocalDate.of(2006, 9, 3), 2342), "1", "2", start)));
    ProcessInstance piotr = as("school2", () -> runtime.startProcessInstanceByKey(
        StudentInternshipVariables.PROCESS_KEY,
        internship("Piotr", "Zieliński", Pesel.of(LocalDate.of(2007, 4, 20), 3457), "2", "2", start)));

    ProcessInstance workshop = as("school1", () -> runtime.startProcessInstanceByKey(
        EquipmentProcurementVariables.PROCESS_KEY, procurement("1", today)));
    completeFirstTask(workshop, "coordinator", Map.of(EquipmentProcurementVariables.REVIEW_DECISION,
        EquipmentProcurementVariables.APPROVE));
    ProcessInstance welding = as("school2", () -> runtime.startProcessInstanceByKey(CourseVariables.PROCESS_KEY,
        course("2", start)));

    log.info("Demo cases started: internships {}, {}, {}; procurement {}; course {}", jan.getBusinessKey(),
        ola.getBusinessKey(), piotr.getBusinessKey(), workshop.getBusinessKey(), welding.getBusinessKey());
  }

  private static Map<String, Object> internship(String first, String last, Pesel pesel, String schoolId,
      String employerId, LocalDate start) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(StudentInternshipVariables.STUDENT_FIRST_NAME, first);
    v.put(StudentInternshipVariables.STUDENT_LAST_NAME, last);
    v.put(StudentInternshipVariables.STUDENT_PESEL, pesel.value());
    v.put(StudentInternshipVariables.SCHOOL_ID, schoolId);
    v.put(StudentInternshipVariables.STUDENT_CLASS, "3TM");
    v.put(StudentInternshipVariables.PROFESSION, "technik mechanik");
    v.put(StudentInternshipVariables.STUDENT_EMAIL, first.toLowerCase() + "." + schoolId + "@uczen.example.pl");
    v.put(StudentInternshipVariables.STUDENT_PHONE, "600 100 200");
    v.put(StudentInternshipVariables.JUVENILE_WORKER, false);
    v.put(StudentInternshipVariables.EMPLOYER_ID, employerId);
    v.put(StudentInternshipVariables.PLANNED_START_DATE, start.toString());
    v.put(StudentInternshipVariables.PLANNED_END_DATE, start.plusWeeks(8).toString());
    v.put(StudentInternshipVariables.PLANNED_HOURS, 150L);
    v.put(StudentInternshipVariables.PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return v;
  }

  private static Map<String, Object> procurement(String schoolId, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(EquipmentProcurementVariables.SCHOOL_ID, schoolId);
    v.put(EquipmentProcurementVariables.PURCHASE_SUBJECT, "Wyposażenie pracowni automatyki");
    v.put(EquipmentProcurementVariables.PROCUREMENT_CATEGORY, "ELECTRICAL");
    v.put(EquipmentProcurementVariables.PROFESSION, "technik mechatronik");
    v.put(EquipmentProcurementVariables.WORKSHOP, "Pracownia mechatroniki");
    v.put(EquipmentProcurementVariables.ITEMS, List.of(Map.of(RequestItems.NAME, "Stanowisko dydaktyczne PLC",
        RequestItems.QUANTITY, 4L, RequestItems.UNIT_NET_PRICE, 6250.0)));
    v.put(EquipmentProcurementVariables.ESTIMATED_NET_VALUE, 25000.0);
    v.put(EquipmentProcurementVariables.ESTIMATE_DATE, today.toString());
    v.put(EquipmentProcurementVariables.ESTIMATE_METHOD, "SUPPLIER_ENQUIRIES");
    v.put(EquipmentProcurementVariables.JUSTIFICATION, "Uczniowie ćwiczą na przestarzałych sterownikach.");
    v.put(EquipmentProcurementVariables.LABOUR_MARKET_NEED, "Pracodawcy regionu szukają techników mechatroników.");
    v.put(EquipmentProcurementVariables.RECOMMENDING_EMPLOYERS, "Opolskie Zakłady Mechaniczne");
    return v;
  }

  private static Map<String, Object> course(String schoolId, LocalDate start) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(CourseVariables.COURSE_KIND, CourseKind.STUDENT_COMPETENCE_COURSE.name());
    v.put(CourseVariables.SCHOOL_ID, schoolId);
    v.put(CourseVariables.TOPIC, "Spawanie metodą MAG");
    v.put(CourseVariables.PROFESSION, "technik mechanik");
    v.put(CourseVariables.PLANNED_HOURS, 60L);
    v.put(CourseVariables.PLANNED_START_DATE, start.toString());
    v.put(CourseVariables.PLANNED_END_DATE, start.plusWeeks(4).toString());
    v.put(CourseVariables.SEATS, 12L);
    v.put(CourseVariables.JUSTIFICATION, "Potrzeba zgłoszona przez pracodawców regionu.");
    v.put(CourseVariables.ESTIMATED_COST, 14400.0);
    return v;
  }

  private void completeFirstTask(ProcessInstance instance, String userId, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
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
