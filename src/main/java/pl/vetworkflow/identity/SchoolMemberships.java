package pl.vetworkflow.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the school groups to the rule "a task's candidates are exactly the people who may complete
 * it" (docs/adr/0008): {@code school-<id>} holds the school's coordinators, {@code teachers-<id>}
 * its teachers.
 *
 * <p>Until this rule, teachers were also put in {@code school-<id>}: they saw the school
 * coordinators' tasks, could claim them and then neither complete nor give them back. At every
 * start (idempotent) a teacher found in {@code school-<id>} who is not a school coordinator is moved
 * to {@code teachers-<id>}. Any other member of a school or employer group without the role its
 * tasks need is only reported: they cannot claim those tasks (the claim is refused) but still see
 * them, and only an administrator knows what they should be.
 */
@Component
public class SchoolMemberships {
  private static final Logger LOG = LoggerFactory.getLogger(SchoolMemberships.class);
  private static final int PAGE = 500;

  private final IdentityService identityService;

  public SchoolMemberships(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void apply() {
    if (identityService.isReadOnly()) {
      return; // memberships come from an external directory; nothing to write here
    }
    Set<String> schoolCoordinators = memberIds(Groups.SCHOOL_COORDINATORS);
    Set<String> employers = memberIds(Groups.EMPLOYERS);
    Set<String> teachers = memberIds(Groups.TEACHERS);
    for (Group group : identityService.createGroupQuery().groupType(Groups.ORGANISATION_TYPE).list()) {
      String schoolId = Groups.schoolIdOf(group.getId());
      boolean employer = schoolId == null && group.getId().startsWith("employer-");
      if (schoolId == null && !employer) {
        continue;
      }
      String role = employer ? Groups.EMPLOYERS : Groups.SCHOOL_COORDINATORS;
      Set<String> withRole = employer ? employers : schoolCoordinators;
      for (User member : members(group.getId())) {
        if (withRole.contains(member.getId())) {
          continue;
        }
        if (!employer && teachers.contains(member.getId())) {
          moveTeacher(member.getId(), schoolId);
        } else {
          LOG.warn("User '{}' is in group '{}' without the role '{}': they see its tasks but may not claim them;"
              + " give them the role or take them out of the group (Admin)", member.getId(), group.getId(), role);
        }
      }
    }
  }

  private void moveTeacher(String userId, String schoolId) {
    String teachersGroup = Groups.schoolTeachers(schoolId);
    if (identityService.createGroupQuery().groupId(teachersGroup).count() == 1
        && identityService.createUserQuery().userId(userId).memberOfGroup(teachersGroup).count() == 0) {
      identityService.createMembership(userId, teachersGroup);
    }
    identityService.deleteMembership(userId, Groups.school(schoolId));
    LOG.info("Teacher '{}' moved from group '{}' to '{}': school groups hold school coordinators only",
        userId, Groups.school(schoolId), teachersGroup);
  }

  private Set<String> memberIds(String groupId) {
    return members(groupId).stream().map(User::getId).collect(Collectors.toSet());
  }

  private List<User> members(String groupId) {
    List<User> all = new java.util.ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<User> page = identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
          .listPage(first, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }
}
