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
    CourseKind.TargetGroup group = courseKind.get(execution).targetGroup();
    long total = targets.target(group.targetKey());
    long committed = courses.committedParticipations(group);
    long remaining = total - committed;
    targetName.set(execution, group.label());
    targetTotal.set(execution, total);
    targetCommitted.set(execution, committed);
    targetRemaining.set(execution, remaining);
    targetExceeded.set(execution, seats.get(execution) > remaining);
  }
}
