package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${assessCourseResults}}: applies the completion rule (decision table course-completion) to
 * every participant's validated results, stores attendance, exam, outcome and certificate per
 * participant and summarises them for the coordinator's confirmation.
 */
@Component("assessCourseResults")
public class AssessCourseResultsDelegate implements JavaDelegate {
  /** The summary is read by the coordinator: Polish dates and decimal comma. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final CourseRegistry courses;
  private final CourseCompletion completion;

  public AssessCourseResultsDelegate(CourseRegistry courses, CourseCompletion completion) {
    this.courses = courses;
    this.completion = completion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    CourseKind kind = courseKind.get(execution);
    ResultRows.Parsed parsed = ResultRows.parse(courseResults.getOrNull(execution));
    Map<String, ResultRows.Entry> byPesel = new HashMap<>();
    parsed.entries().forEach(r -> byPesel.put(r.pesel(), r));
    StringBuilder summary = new StringBuilder();
    long completed = 0;
    long total = 0;
    for (CourseRegistry.Enrolment e : courses.active(businessKey)) {
      ResultRows.Entry r = byPesel.get(e.pesel());
      if (r == null) {
        throw new IllegalStateException("results of " + businessKey + " were not validated: no row for enrolment "
            + e.id());
      }
      CourseCompletion.Outcome outcome = completion.evaluate(kind, r.attendance(), r.exam());
      courses.recordResult(e.id(), r.attendance(), r.exam() == null ? null : r.exam().name(), outcome.completed(),
          outcome.reason(), outcome.completed() ? r.certificateNumber() : null,
          outcome.completed() ? r.certificateDate() : null);
      total++;
      if (outcome.completed()) {
        completed++;
      }
      summary.append(e.name()).append(": frekwencja ").append(r.attendance().stripTrailingZeros().toPlainString().replace('.', ','))
          .append("%");
      if (r.exam() != null) {
        summary.append(", egzamin ").append(r.exam().word());
      }
      summary.append(outcome.completed()
          ? " – UKOŃCZYŁ(A), zaświadczenie nr " + r.certificateNumber() + (r.certificateDate() == null ? "" : " z " + DATE.format(r.certificateDate()))
          : " – NIE UKOŃCZYŁ(A): " + outcome.reason()).append('\n');
    }
    completedCount.set(execution, completed);
    resultsSummary.set(execution, "Ukończyło " + completed + " z " + total + " uczestników.\n" + summary);
  }
}
