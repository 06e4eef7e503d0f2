package pl.vetworkflow.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Commands;
import pl.vetworkflow.engine.GroupMembers;
import pl.vetworkflow.validation.FormSubmissionGuard;

/**
 * Who can do a task: its assignee if there is one, otherwise its candidate users and every member
 * of its candidate groups; one entry per user and per address. Users without (or with an unusable)
 * address are left out and logged once per node.
 *
 * <p>Runs inside an engine command. The identity queries run without authorization checks: the
 * command may be executed by an ordinary logged-in user (an employer completing a task that
 * creates one for the coordinators) who may not read other users, yet the coordinators must be told.
 */
@Component
public class RecipientResolver {
  private static final Logger LOG = LoggerFactory.getLogger(RecipientResolver.class);

  private final MailSettings settings;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  public RecipientResolver(MailSettings settings) {
    this.settings = settings;
  }

  /**
   * The people who can do {@code task} now. A task whose model names required roles
   * ({@code vet.requiredRole}, e.g. a school coordinators' task routed to the whole school) goes
   * only to the candidates who have one of those roles.
   */
  public List<Recipient> forTask(DelegateTask task) {
    if (task.getAssignee() != null) {
      return withoutAuthorization(() -> users(List.of(task.getAssignee()), List.of(), List.of()));
    }
    UserTask userTask = task.getBpmnModelElementInstance();
    List<String> roles = userTask == null ? List.of() : FormSubmissionGuard.requiredRoles(userTask);
    Set<String> userIds = new LinkedHashSet<>();
    Set<String> groupIds = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getUserId() != null) {
        userIds.add(link.getUserId());
      }
      if (link.getGroupId() != null) {
        groupIds.add(link.getGroupId());
      }
    }
    return withoutAuthorization(() -> users(userIds, groupIds, roles));
  }

  /** Every member of {@code groupId} (escalations). */
  public List<Recipient> forGroup(String groupId) {
    return withoutAuthorization(() -> users(List.of(), List.of(groupId), List.of()));
  }

  private List<Recipient> users(java.util.Collection<String> userIds, java.util.Collection<String> groupIds,
      List<String> requiredRoles) {
    IdentityService identity = Commands.identityService();
    Map<String, User> users = new LinkedHashMap<>();
    for (String userId : userIds) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        if (reported.add("unknown:" + userId)) {
          LOG.warn("Task recipient '{}' is not a known user: no e-mail for them", userId);
        }
      } else {
        users.putIfAbsent(user.getId(), user);
      }
    }
    int max = settings.maxRecipientsPerGroup();
    boolean filterByRole = !requiredRoles.isEmpty();
    boolean roleInQuery = filterByRole && GroupMembers.rolesQueryable();
    for (String groupId : groupIds) {
      List<User> members = roleInQuery
          ? GroupMembers.withAnyRole(identity, groupId, requiredRoles, max + 1)
          : identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().listPage(0, max + 1);
      if (members.size() > max) {
        LOG.warn("Group '{}' has more than {} members{}: only the first {} are notified (vet.mail.max-recipients-per-group)",
            groupId, max, roleInQuery ? " with the task's role" : "", max);
        members = members.subList(0, max);
      }
      for (User member : members) {
        users.putIfAbsent(member.getId(), member);
      }
    }
    if (filterByRole && !users.isEmpty() && (!userIds.isEmpty() || !roleInQuery)) {
      Set<String> withRole = new java.util.HashSet<>();
      for (String role : requiredRoles) {
        identity.createUserQuery().memberOfGroup(role).userIdIn(users.keySet().toArray(String[]::new)).list()
            .forEach(u -> withRole.add(u.getId()));
      }
      users.keySet().retainAll(withRole);
    }
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    for (User user : users.values()) {
      String email = user.getEmail();
      if (email == null || email.isBlank()) {
        if (reported.add("noaddress:" + user.getId())) {
          LOG.info("User '{}' has no e-mail address: they get no notifications", user.getId());
        }
        continue;
      }
      try {
        InternetAddress address = new InternetAddress(email.trim(), true);
        address.validate();
        byAddress.putIfAbsent(MailOutbox.normalise(address.getAddress()), new Recipient(user.getId(), address.getAddress()));
      } catch (AddressException e) {
        if (reported.add("badaddress:" + user.getId() + ":" + email)) {
          LOG.warn("User '{}' has an unusable e-mail address: they get no notifications", user.getId());
        }
      }
    }
    return new ArrayList<>(byAddress.values());
  }

  private static <T> T withoutAuthorization(java.util.function.Supplier<T> work) {
    return Commands.insideCommandWithoutAuthorization("Notification recipients are resolved", work);
  }
}
