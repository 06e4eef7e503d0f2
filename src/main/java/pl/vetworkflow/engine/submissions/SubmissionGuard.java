package pl.vetworkflow.engine.submissions;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import pl.vetworkflow.engine.Caller;
import pl.vetworkflow.engine.CommandFields;

/**
 * Engine command interceptor that hands every form submission to the {@link SubmissionPolicy} before
 * the engine acts on it: starting an instance (REST start, submit start form, Java API), starting at
 * chosen activities, and completing a user task (complete, submit-form). It reads the command's
 * private fields (listed in engine.EngineContractTest) and writes the policy's normalised variables
 * back into the command.
 */
public class SubmissionGuard extends CommandInterceptor {
  private final ObjectProvider<SubmissionPolicy> policy;

  public SubmissionGuard(ObjectProvider<SubmissionPolicy> policy) {
    this.policy = policy;
  }

  @Override
  public <T> T execute(Command<T> command) {
    SubmissionPolicy rules = policy.getIfAvailable();
    if (rules != null) {
      if (command instanceof CompleteTaskCmd) {
        task(rules, command, "taskId", "variables");
      } else if (command instanceof SubmitTaskFormCmd) {
        task(rules, command, "taskId", "properties");
      } else if (command instanceof StartProcessInstanceCmd) {
        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder");
        start(rules, definition(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey()),
            builder.getModificationBuilder(), "processVariables");
      } else if (command instanceof SubmitStartFormCmd) {
        start(rules, definition((String) CommandFields.read(command, "processDefinitionId"), null), command, "variables");
      } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder");
        ProcessModel definition = definition(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey());
        if (definition != null) {
          rules.checkStartAtActivities(definition, caller());
        }
      }
    }
    return next.execute(command);
  }

  private void task(SubmissionPolicy rules, Object command, String taskIdField, String variablesField) {
    String taskId = (String) CommandFields.read(command, taskIdField);
    CommandContext context = Context.getCommandContext();
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the command reports a missing task itself
    }
    Submission.Task submitted = new Submission.Task(task.getId(), task.getName(), task.getTaskDefinitionKey(),
        () -> context.runWithoutAuthorization(
            () -> task.getExecution() == null ? Map.<String, Object>of() : task.getExecution().getVariables()));
    submit(rules, definition(task.getProcessDefinitionId(), null), submitted, command, variablesField);
  }

  private void start(SubmissionPolicy rules, ProcessModel definition, Object holder, String variablesField) {
    if (definition != null) {
      submit(rules, definition, null, holder, variablesField);
    }
  }

  private void submit(SubmissionPolicy rules, ProcessModel definition, Submission.Task task, Object holder,
      String variablesField) {
    @SuppressWarnings("unchecked")
    Map<String, Object> submitted = (Map<String, Object>) CommandFields.read(holder, variablesField);
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> transientNames = new LinkedHashSet<>();
    if (submitted != null) {
      for (String key : submitted.keySet()) {
        TypedValue typed = submitted instanceof VariableMap vm ? vm.getValueTyped(key) : null;
        if (typed != null && typed.isTransient()) {
          transientNames.add(key);
        }
        values.put(key, typed != null ? typed.getValue() : submitted.get(key));
      }
    }
    Map<String, Object> replaced = rules.check(new Submission(definition, task, values, transientNames, caller()));
    if (replaced != null) {
      CommandFields.write(holder, variablesField, Variables.fromMap(replaced));
    }
  }

  private static Caller caller() {
    Authentication auth = Context.getCommandContext().getAuthentication();
    return auth == null ? null : new Caller(auth.getUserId(), auth.getGroupIds());
  }

  private static ProcessModel definition(String id, String key) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    ProcessDefinitionEntity entity = id != null ? configuration.getDeploymentCache().findDeployedProcessDefinitionById(id)
        : key == null ? null : configuration.getDeploymentCache().findDeployedLatestProcessDefinitionByKey(key);
    return entity == null ? null : new ProcessModel(entity.getId(), entity.getKey(), entity.getDeploymentId(),
        configuration.getDeploymentCache().findBpmnModelInstanceForProcessDefinition(entity));
  }
}
