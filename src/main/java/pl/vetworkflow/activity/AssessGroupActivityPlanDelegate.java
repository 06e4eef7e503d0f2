package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.Employer;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;

/**
 * {@code ${assessGroupActivityPlan}}: after the plan and after each correction, the kind's rules from
 * the decision table {@code group-activity-rules} (fewest hours, attendance share) and the names the
 * forms, cards and e-mails show (kind, school, partner employer). The plan's form rules have already
 * refused a plan that breaks the rules.
 */
@Component("assessGroupActivityPlan")
public class AssessGroupActivityPlanDelegate implements JavaDelegate {
  private final GroupActivityRules rules;
  private final OrganisationRepository organisations;

  public AssessGroupActivityPlanDelegate(GroupActivityRules rules, OrganisationRepository organisations) {
    this.rules = rules;
    this.organisations = organisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ActivityKind kind = activityKind.get(execution);
    GroupActivityRules.KindRules kindRules = rules.of(kind);
    activityKindLabel.set(execution, kind.label());
    minHours.set(execution, kindRules.minHours());
    attendanceShare.set(execution, kindRules.attendanceShare());
    if (!kindRules.areaRequired()) {
      competenceArea.set(execution, null);
    }
    String school = schoolId.getOrNull(execution);
    schoolName.set(execution, school == null ? null : organisations.school(school).map(School::name).orElseThrow());
    String employer = employerId.getOrNull(execution);
    employerName.set(execution, employer == null ? null
        : organisations.employer(employer).map(Employer::name).orElseThrow());
  }
}
