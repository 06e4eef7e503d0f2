package pl.vetworkflow.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/** The engine's task grants are unchanged: one per candidate and resource, the same permissions. */
@H2IntegrationTest
class NewTaskAuthorizationProviderTest {
  @Autowired ProcessEngineConfiguration configuration;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;

  @Test
  void installed() {
    assertThat(((ProcessEngineConfigurationImpl) configuration).getResourceAuthorizationProvider())
        .isInstanceOf(NewTaskAuthorizationProvider.class);
  }

  @Test
  void newTaskGetsOneGrantPerCandidateAndResourceAndLaterCandidatesAreMerged() {
    repository.createDeployment().addModelInstance("grants-probe.bpmn", Bpmn.createExecutableProcess("grantsProbe")
        .camundaHistoryTimeToLive(1).startEvent()
        .userTask("t").camundaCandidateGroups("employer-1, employer-2").camundaCandidateUsers("employer1")
        .endEvent().done()).deploy();
    String piId = runtime.startProcessInstanceByKey("grantsProbe").getId();
    Task task = tasks.createTaskQuery().processInstanceId(piId).singleResult();

    for (String group : List.of("employer-1", "employer-2")) {
      List<Authorization> runtimeGrants = grants(task.getId(), Resources.TASK.resourceType(), group, null);
      assertThat(runtimeGrants).hasSize(1);
      assertThat(runtimeGrants.get(0).isPermissionGranted(Permissions.READ)).isTrue();
      assertThat(runtimeGrants.get(0).isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
      List<Authorization> historicGrants = grants(task.getId(), Resources.HISTORIC_TASK.resourceType(), group, null);
      assertThat(historicGrants).hasSize(1);
      assertThat(historicGrants.get(0).isPermissionGranted(HistoricTaskPermissions.READ)).isTrue();
    }
    assertThat(grants(task.getId(), Resources.TASK.resourceType(), null, "employer1")).hasSize(1);

    // an existing task: the stored grant is found and extended, not duplicated
    tasks.addCandidateGroup(task.getId(), "employer-1");
    tasks.setAssignee(task.getId(), "employer1");
    assertThat(grants(task.getId(), Resources.TASK.resourceType(), "employer-1", null)).hasSize(1);
    assertThat(grants(task.getId(), Resources.TASK.resourceType(), null, "employer1")).hasSize(1);
    assertThat(grants(task.getId(), Resources.HISTORIC_TASK.resourceType(), null, "employer1")).hasSize(1);
  }

  private List<Authorization> grants(String taskId, int resourceType, String group, String user) {
    var query = authorizations.createAuthorizationQuery().resourceType(resourceType).resourceId(taskId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT);
    return (group != null ? query.groupIdIn(group) : query.userIdIn(user)).list();
  }
}
