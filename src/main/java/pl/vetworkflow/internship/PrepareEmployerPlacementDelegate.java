package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.EmployerPlacementVariables.employerId;
import static pl.vetworkflow.internship.EmployerPlacementVariables.employerName;
import static pl.vetworkflow.internship.EmployerPlacementVariables.internshipType;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;

/**
 * {@code ${prepareEmployerPlacement}} (employer-placement): the employer's display name for the task and
 * e-mails, and which internship asks for the placement (the calling process's name, e.g. "Staż
 * uczniowski" or "Staż nauczyciela u pracodawcy"), so one placement model serves every internship.
 */
@Component("prepareEmployerPlacement")
public class PrepareEmployerPlacementDelegate implements JavaDelegate {
  private final OrganisationRepository organisations;

  public PrepareEmployerPlacementDelegate(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String employer = employerId.get(execution);
    employerName.set(execution, organisations.employer(employer)
        .orElseThrow(() -> new IllegalStateException("Unknown employer '" + employer + "'")).name());
    ExecutionEntity caller = (ExecutionEntity) execution.getSuperExecution();
    internshipType.set(execution, caller == null ? null : caller.getProcessDefinition().getName());
  }
}
