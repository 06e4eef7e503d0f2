package pl.vetworkflow.engine;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;

/**
 * Members of a group who also have one of some roles, in one native query on the engine's own identity
 * tables ({@code ACT_ID_USER}, {@code ACT_ID_MEMBERSHIP}, with the configured table prefix): the
 * engine's user query takes one group only. Only for the engine's database identity provider; inside
 * an engine command.
 */
public final class GroupMembers {
  private GroupMembers() {}

  /** Members of {@code groupId} who are also in one of {@code roles}, by user id, at most {@code limit}. */
  public static List<User> withAnyRole(IdentityService identity, String groupId, List<String> roles, int limit) {
    String prefix = Objects.requireNonNullElse(Context.getProcessEngineConfiguration().getDatabaseTablePrefix(), "");
    String users = prefix + "ACT_ID_USER";
    String memberships = prefix + "ACT_ID_MEMBERSHIP";
    StringBuilder sql = new StringBuilder("select U.* from ").append(users).append(" U where exists (select 1 from ")
        .append(memberships).append(" G where G.USER_ID_ = U.ID_ and G.GROUP_ID_ = #{groupId}) and exists (select 1 from ")
        .append(memberships).append(" R where R.USER_ID_ = U.ID_ and R.GROUP_ID_ in (");
    NativeUserQuery query = identity.createNativeUserQuery().parameter("groupId", groupId);
    for (int i = 0; i < roles.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("#{role").append(i).append('}');
      query.parameter("role" + i, roles.get(i));
    }
    sql.append(")) order by U.ID_");
    return query.sql(sql.toString()).listPage(0, limit);
  }

  /**
   * Whether {@link #withAnyRole} can be used in the current command: the engine reads users from its
   * own database (not LDAP or another provider).
   */
  public static boolean rolesQueryable() {
    return Context.getCommandContext().getReadOnlyIdentityProvider() instanceof DbReadOnlyIdentityServiceProvider;
  }
}
