package pl.vetworkflow.bench;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.StudentInternshipDriver;

/**
 * Student internships of school 1 with employer 1, driven from whatever state a case is in (so a
 * node can finish what another node left): {@link #finish} reads the case's open tasks and completes
 * each as its demo user with the values {@link StudentInternshipDriver} uses, and runs the
 * planned-end timer when the running internship is all that is left.
 *
 * <p>Clock: the engine clock is NOT moved (it is JVM-wide and the job executor and its job locks run
 * on it). Instead the dates are placed in the past of the real clock: submitted 91 days ago, the
 * internship from 61 to 3 days ago. So the dates the forms check "not in the future" are valid, the
 * planned-end timer ({@code dayAfter(plannedEndDate)}) is already due when it is created and the
 * job executors of the nodes fire it; {@link #finish} runs it itself only if no job executor holds
 * it, and tolerates losing that race. The reminder timers (5-14 days from the real clock) do not
 * fire during a run.
 */
final class StudentInternshipWorkload implements Workload {
  static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
  /** Case numbers make the PESEL (birth day and serial), so every case is a different student. */
  private static final int SIZE = 3_650_000;
  private static final int MAX_FAILURES = 50;
  private static final long STALL_MILLIS = 120_000;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final Map<String, List<String>> groups = new HashMap<>();
  private final LocalDate submitted;
  private final LocalDate start;
  private final LocalDate end;
  private int completions;

  StudentInternshipWorkload(ApplicationContext app) {
    this.runtime = app.getBean(RuntimeService.class);
    this.tasks = app.getBean(TaskService.class);
    this.identity = app.getBean(IdentityService.class);
    this.management = app.getBean(ManagementService.class);
    LocalDate today = LocalDate.now(ZONE);
    this.end = today.minusDays(3);
    this.start = end.minusDays(58);
    this.submitted = start.minusDays(30);
  }

  @Override
  public int size() {
    return SIZE;
  }

  @Override
  public String start(int i) {
    Map<String, Object> application = StudentInternshipDriver.application(pesel(i), 150L);
    application.put(PLANNED_START_DATE, start.toString());
    application.put(PLANNED_END_DATE, end.toString());
    return as("school1", () -> runtime.startProcessInstanceByKey(PROCESS_KEY, application)).getId();
  }

  /** Adult students born from 1 January 2005 on, 10,000 serials a day: unique per case. */
  static String pesel(int i) {
    return Pesel.of(LocalDate.of(2005, 1, 1).plusDays(i / 10_000), i % 10_000).value();
  }

  @Override
  public void finish(String processInstanceId) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (pi == null) {
      return;
    }
    String businessKey = pi.getBusinessKey();
    int failures = 0;
    long lastProgress = System.currentTimeMillis();
    while (true) {
      if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
        return;
      }
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
      Task next = open.stream().filter(t -> !"internshipRunning".equals(t.getTaskDefinitionKey())).findFirst()
          .orElse(null);
      boolean progressed;
      try {
        if (next != null) {
          progressed = complete(next, businessKey);
        } else if (!open.isEmpty()) {
          progressed = plannedEnd(processInstanceId);
        } else {
          progressed = false; // between two transactions of someone else (a job, another node): look again
        }
        failures = 0;
      } catch (ProcessEngineException e) { // OptimisticLockingException among others
        // the job executor (or another node) changed the case at the same moment: read it again
        if (++failures > MAX_FAILURES) {
          throw new IllegalStateException("Case " + businessKey + " keeps failing: " + e.getMessage(), e);
        }
        progressed = false;
      }
      if (progressed) {
        lastProgress = System.currentTimeMillis();
      } else {
        if (System.currentTimeMillis() - lastProgress > STALL_MILLIS) {
          throw new IllegalStateException("Case " + businessKey + " made no progress for " + STALL_MILLIS
              + " ms; open tasks: " + open.stream().map(Task::getTaskDefinitionKey).toList());
        }
        pause(10);
      }
    }
  }

  /** Runs the planned-end timer unless a job executor holds it; false = nothing done, look again. */
  private boolean plannedEnd(String processInstanceId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId("plannedEndReached")
        .singleResult();
    if (job == null) {
      return false; // a job executor is firing it right now, or has just done so
    }
    if (job instanceof JobEntity entity && entity.getLockOwner() != null && entity.getLockExpirationTime() != null
        && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime())) {
      return false; // locked by a job executor (maybe of a dead node: the lock runs out after the lock time)
    }
    management.executeJob(job.getId());
    return true;
  }

  private boolean complete(Task task, String businessKey) {
    String key = task.getTaskDefinitionKey();
    String user;
    Map<String, Object> v = new HashMap<>();
    switch (key) {
      case "reviewApplication" -> {
        user = "coordinator";
        v.put(REVIEW_DECISION, "APPROVE");
      }
      case "notifyRejection" -> {
        user = "school1";
        v.put(REJECTION_ACKNOWLEDGED, true);
      }
      case "confirmPlacement" -> {
        user = "employer1";
        v.putAll(Map.of(PLACEMENT_DECISION, "CONFIRM", TUTOR_NAME, "Adam Nowak", "tutorEmail",
            "a.nowak@firma.example.pl", WORKPLACE, "Hala B"));
      }
      case "approveProgramme" -> {
        user = "teacher1";
        v.put(PROGRAMME_APPROVED, true);
      }
      case "prepareAgreement" -> {
        user = "coordinator";
        v.put(AGREEMENT_NUMBER, "UM/" + businessKey);
        v.put(AGREEMENT_DATE, submitted.toString());
      }
      case "recordParticipantSignature" -> {
        user = "school1";
        v.put(PARTICIPANT_SIGNED_BY, "STUDENT");
        v.put(PARTICIPANT_SIGNATURE_DATE, submitted.toString());
      }
      case "recordEmployerSignature" -> {
        user = "employer1";
        v.put(EMPLOYER_SIGNATORY_NAME, "Prezes zarządu");
        v.put(EMPLOYER_SIGNATURE_DATE, submitted.toString());
      }
      case "confirmAttendance" -> {
        user = "employer1";
        v.putAll(Map.of(ACTUAL_START_DATE, start.toString(), ACTUAL_END_DATE, end.toString(), ACTUAL_HOURS, 150L,
            EVALUATION_GRADE, "5", EVALUATION_TEXT, "Bardzo dobrze."));
      }
      case "approveReport" -> {
        user = "teacher1";
        v.put(REPORT_APPROVED, true);
      }
      case "issueCertificate" -> {
        user = "coordinator";
        v.put(CERTIFICATE_NUMBER, "ZAS/" + businessKey);
        v.put(CERTIFICATE_DATE, end.plusDays(1).toString());
      }
      case "payStipend" -> {
        user = "accountant";
        v.put(STIPEND_PAID_DATE, end.plusDays(2).toString());
        v.put(TUTOR_COMPENSATION_PAID_DATE, end.plusDays(2).toString());
      }
      default -> throw new IllegalStateException("No step for task '" + key + "' of case " + businessKey);
    }
    as(user, () -> {
      tasks.complete(task.getId(), v);
      return null;
    });
    completions++;
    return true;
  }

  @Override
  public int completions() {
    return completions;
  }

  private <T> T as(String userId, java.util.function.Supplier<T> action) {
    List<String> userGroups = groups.computeIfAbsent(userId,
        u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
    identity.setAuthentication(userId, userGroups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
