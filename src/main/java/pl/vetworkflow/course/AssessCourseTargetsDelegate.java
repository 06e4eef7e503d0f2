package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.indicators.ProgrammeTargets;

/**
 * {@code ${assessCourseTargets}}: before each review, how much of the programme's target for the
 * kind's group ({@code vet.programme.targets}) is left (target minus seats of approved unfinished courses minus completions) and
 * whether this request's seats exceed it (then approval needs an explicit override).
 */
@Component("assessCourseTargets")
public class AssessCourseTargetsDelegate implements JavaDelegate {
  private final CourseRegistry courses;
  private final ProgrammeTargets targets;

  public AssessCourseTargetsDelegate(CourseRegistry courses, ProgrammeTargets targets) {
    this.courses = courses;
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CourseKind.TargetGroup group = CourseKind.of(execution.getVariable(COURSE_KIND)).targetGroup();
    long total = targets.target(group.targetKey());
    long committed = courses.committedParticipations(group);
    long remaining = total - committed;
    long seats = ((Number) execution.getVariable(SEATS)).longValue();
    execution.setVariable(TARGET_NAME, group.label());
    execution.setVariable(TARGET_TOTAL, total);
    execution.setVariable(TARGET_COMMITTED, committed);
    execution.setVariable(TARGET_REMAINING, remaining);
    execution.setVariable(TARGET_EXCEEDED, seats > remaining);
  }
}
