package pl.vetworkflow.engine.claims;

import pl.vetworkflow.engine.Caller;
import java.util.List;
import java.util.Map;

/**
 * What the claim rule needs to know of a task, read through the engine's public API: its name and
 * claimant, its candidates, and the extension properties of its user task and of its process
 * ({@code camunda:property}, e.g. {@code vet.requiredRole}).
 */
public record TaskFacts(String id, String name, String assignee, String assigneeName, List<String> candidateUsers,
    List<String> candidateGroups, Map<String, String> taskProperties, Map<String, String> processProperties) {
  public TaskFacts {
    candidateUsers = List.copyOf(candidateUsers);
    candidateGroups = List.copyOf(candidateGroups);
    taskProperties = Map.copyOf(taskProperties);
    processProperties = Map.copyOf(processProperties);
  }

  /** Whether {@code caller} is a candidate user of the task or in one of its candidate groups. */
  public boolean hasCandidate(Caller caller) {
    return candidateUsers.contains(caller.userId()) || candidateGroups.stream().anyMatch(caller::inGroup);
  }
}
