package pl.vetworkflow.engine.submissions;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/** A deployed process definition and its model, as the engine's deployment cache holds them. */
public record ProcessModel(String definitionId, String key, String deploymentId, BpmnModelInstance model) {
  /** The process element of the definition. */
  public Process process() {
    return model.getModelElementById(key);
  }
}
