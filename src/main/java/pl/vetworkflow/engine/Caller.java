package pl.vetworkflow.engine;

import java.util.List;

/** Who asks the engine to claim, give back or assign a task: the authenticated user and their groups. */
public record Caller(String userId, List<String> groupIds) {
  public Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  public boolean inGroup(String groupId) {
    return groupIds.contains(groupId);
  }
}
