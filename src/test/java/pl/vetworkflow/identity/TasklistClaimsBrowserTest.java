package pl.vetworkflow.identity;

import pl.vetworkflow.document.Attachments;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.AGREEMENT_DATE;
import static pl.vetworkflow.internship.StudentInternshipVariables.AGREEMENT_NUMBER;
import static pl.vetworkflow.internship.StudentInternshipVariables.PROGRAMME_APPROVED;
import static pl.vetworkflow.internship.StudentInternshipVariables.REVIEW_DECISION;
import static pl.vetworkflow.internship.StudentInternshipVariables.SCHOOL_ID;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.Eventually;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * In Tasklist, in Chromium: a teacher sees only the teachers' tasks of their own school, not the
 * school coordinator's, with the process's name on the task view; the school coordinator claims a
 * task ("Przejmij") and gives it back ("Zwróć"); the programme office, which reads every task, is
 * offered no "Przejmij" on a school's task (nor does the claim shortcut work there), but may take
 * back a school coordinator's claim. Screenshots: target/screenshots/claims-*.png.
 */
@H2IntegrationTest
class TasklistClaimsBrowserTest {
  private static final String PROGRAMME = "Zatwierdź program stażu";
  private static final String SIGNATURE = "Potwierdź podpis umowy przez ucznia lub opiekuna";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.FilterService filters;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired Attachments attachments;

  @Test
  void teacherSeesOwnSchoolsTeacherTasksAndSchoolCoordinatorClaimsAndGivesBack() {
    StudentInternshipDriver driver = new StudentInternshipDriver(runtime, tasks, identity, management);
    driver.attachingScans(attachments, history, repository);
    StudentInternshipDriver.clock(StudentInternshipDriver.SUBMITTED);
    ProcessInstance signing;
    ProcessInstance school2Case;
    try {
      // school 1: one case waits for the teachers (programme), one for the school coordinator (signature)
      ProcessInstance programme = driver.submit(StudentInternshipDriver.application(pesel(), 120));
      confirmPlacement(driver, programme.getId());
      signing = driver.submit(StudentInternshipDriver.application(pesel(), 120));
      confirmPlacement(driver, signing.getId());
      driver.complete("teacher1", signing, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
      driver.complete("coordinator", signing, "prepareAgreement", Map.of(AGREEMENT_NUMBER, "UM/1/2026",
          AGREEMENT_DATE, StudentInternshipDriver.SUBMITTED.toString()));
      // school 2: a case waiting for the teachers of school 2
      Map<String, Object> other = StudentInternshipDriver.application(pesel(), 120);
      other.put(SCHOOL_ID, "2");
      school2Case = driver.start("school2", "student-internship", other);
      confirmPlacement(driver, school2Case.getId());
    } finally {
      ClockUtil.reset();
    }
    Task signature = driver.task(signing, "recordParticipantSignature");
    assertThat(driver.task(school2Case, "approveProgramme")).isNotNull();

    try (Browser browser = new Browser(port)) {
      browser.logIn("tasklist", "teacher1", "teacher1");
      browser.openFilter(TaskFilters.MY_GROUP_TASKS);
      browser.waitForText(PROGRAMME);
      String list = browser.driver().findElement(By.cssSelector("[cam-tasks]")).getText();
      // open the task: the teacher may claim it (the claim button is there, no refusal)
      browser.driver().findElement(By.xpath("//*[@cam-tasks]//a[contains(., '" + PROGRAMME + "')]")).click();
      browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] button.claim"));
      assertThat(browser.waitFor(By.cssSelector("[cam-tasklist-task] .process-definition")).getText())
          .isEqualTo("Staż uczniowski");
      browser.screenshot("claims-teacher1-group-tasks");
      // the programme approvals of school 1 (the in-memory database may hold other tests' cases too),
      // none of school 2, no school coordinator's task
      assertThat(count(list, PROGRAMME)).isEqualTo(tasks.createTaskQuery().taskDefinitionKey("approveProgramme")
          .taskCandidateGroup(Groups.schoolTeachers("1")).count()).isPositive();
      assertThat(list).doesNotContain(SIGNATURE, "Popraw wniosek", "Staż w toku");
    }

    try (Browser browser = new Browser(port)) {
      browser.logIn("tasklist", "school1", "school1");
      browser.open("/camunda/app/tasklist/default/#/?task=" + signature.getId());
      org.openqa.selenium.WebElement claim = browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] button.claim"));
      assertThat(claim.getText()).isEqualTo("Przejmij");
      browser.screenshot("claims-school1-may-claim");
      claim.click();
      browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] .unclaim"));
      Eventually.until(() -> "school1".equals(assignee(signature)));
      browser.screenshot("claims-school1-claimed");
      assertThat(browser.bodyText()).contains("Piotr Wiśniewski");
      // the name does not open for another person's name (only administrators hand tasks over)
      new org.openqa.selenium.interactions.Actions(browser.driver())
          .moveToElement(browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta] li.assignee [cam-widget-inline-field]")))
          .click().sendKeys(org.openqa.selenium.Keys.ENTER).perform();
      Eventually.sleep(1000);
      assertThat(browser.driver().findElements(By.cssSelector("[cam-tasklist-task-meta] li.assignee input"))).isEmpty();

      browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta] .unclaim")).click();
      browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] button.claim"));
      Eventually.until(() -> assignee(signature) == null);
      browser.screenshot("claims-school1-given-back");
      assertThat(browser.driver().findElements(By.cssSelector(".notifications .alert-danger"))).isEmpty();
    }

    // the programme office reads every task but is offered no claim of a school's task
    try (Browser browser = new Browser(port)) {
      browser.logIn("tasklist", "coordinator", "coordinator");
      browser.openFilter(TaskFilters.ALL_TASKS);
      browser.waitForText(SIGNATURE);
      browser.driver().findElement(By.xpath("//*[@cam-tasks]//a[contains(., '" + SIGNATURE + "')]")).click();
      browser.taskActions();
      // the list may hold several signature tasks (other tests' cases): this one, then
      browser.open("/camunda/app/tasklist/default/#/?filter=" + filterId(TaskFilters.ALL_TASKS) + "&task="
          + signature.getId());
      browser.waitFor(By.cssSelector("[cam-tasklist-task] .process-definition"));
      browser.taskActions(signature.getId());
      browser.screenshot("claims-coordinator-no-claim");
      assertThat(browser.driver().findElements(By.cssSelector("[cam-tasklist-task-meta] [ng-click='claim()']")))
          .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
      assertThat(browser.bodyText()).contains(SIGNATURE).doesNotContain("Przejmij");
      // nor does the claim shortcut take it
      new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(org.openqa.selenium.Keys.CONTROL)
          .keyDown(org.openqa.selenium.Keys.ALT).sendKeys("c").keyUp(org.openqa.selenium.Keys.ALT)
          .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
      Eventually.sleep(1500);
      assertThat(assignee(signature)).isNull();
      assertThat(browser.driver().findElements(By.cssSelector(".notifications .alert-danger"))).isEmpty();
    }

    // a school coordinator's claim: the office is offered to take it back (×), and does
    identity.setAuthentication("school1", java.util.List.of(Groups.SCHOOL_COORDINATORS, Groups.school("1")));
    try {
      tasks.claim(signature.getId(), "school1");
    } finally {
      identity.clearAuthentication();
    }
    try (Browser browser = new Browser(port)) {
      browser.logIn("tasklist", "coordinator", "coordinator");
      browser.open("/camunda/app/tasklist/default/#/?task=" + signature.getId());
      browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] .reset-assignee"));
      browser.screenshot("claims-coordinator-takes-back");
      browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta] .reset-assignee")).click();
      Eventually.until(() -> assignee(signature) == null);
      browser.taskActions(signature.getId());
      assertThat(browser.bodyText()).doesNotContain("Przejmij");
      assertThat(browser.driver().findElements(By.cssSelector(".notifications .alert-danger"))).isEmpty();
    }
  }

  private String filterId(String name) {
    return filters.createTaskFilterQuery().filterName(name).singleResult().getId();
  }

  /** The coordinator approves the application if it needs a review; employer 1 confirms the placement. */
  private void confirmPlacement(StudentInternshipDriver driver, String processInstanceId) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("reviewApplication").count() > 0) {
      driver.complete("coordinator", pi, "reviewApplication", Map.of(REVIEW_DECISION, "APPROVE"));
    }
    driver.complete("employer1", pi, "confirmPlacement", Map.of("placementDecision", "CONFIRM", "tutorName",
        "Adam Nowak", "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B"));
  }

  private String assignee(Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String pesel() {
    return TestPesels.random(LocalDate.of(2006, 5, 14), false);
  }
}
