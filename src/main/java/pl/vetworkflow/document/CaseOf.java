package pl.vetworkflow.document;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The case of an execution: its top-level process instance (a called placement or selection belongs to its caller's case). */
final class CaseOf {
  private CaseOf() {}

  static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance;
  }
}
