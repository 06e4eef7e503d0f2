package pl.vetworkflow.formoptions;

import java.util.List;

/**
 * Who a form is shown to or submitted by: the options of a field depend on it.
 *
 * @param userId the user, or null for the application's own calls (no user: every registry entry)
 * @param groupIds the user's groups (roles and organisations)
 */
public record FormUser(String userId, List<String> groupIds) {
  public static final FormUser SYSTEM = new FormUser(null, List.of());

  public FormUser {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  public boolean isSystem() {
    return userId == null;
  }

  public boolean inGroup(String groupId) {
    return groupIds.contains(groupId);
  }
}
