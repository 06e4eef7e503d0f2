package pl.vetworkflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Polish Tasklist filters. They are built on the current user's id and groups, so one filter serves
 * every role: each user sees through it only the tasks their authorizations allow. Each card shows
 * the task's card fields (given by the start-up sequence: {@code casework.TaskCards#filterVariables()}).
 */
@Component
public class TaskFilters {
  public static final String MY_TASKS = "Moje zadania";
  public static final String MY_GROUP_TASKS = "Zadania mojej grupy";
  public static final String OVERDUE = "Zaległe";
  public static final String ALL_TASKS = "Wszystkie zadania";
  public static final String PARTICIPANT_DATA = "Dane uczestników";
  /** The process whose tasks {@link #PARTICIPANT_DATA} lists (pl.vetworkflow.monitoring; named here, no dependency). */
  static final String PARTICIPANT_DATA_PROCESS = "participant-data";
  /**
   * Its user tasks (ids in processes/participant-data.bpmn): kept out of the group and overdue filters,
   * where a course start's twenty of them would push the casework off the first page.
   */
  static final String[] PARTICIPANT_DATA_TASKS = {"enterEntryData", "enterExitData"};

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  public TaskFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  /** Creates or updates the filters; each card shows {@code cardVariables} ({@code name}, {@code label}). */
  public void apply(List<Map<String, String>> cardVariables) {
    ensure(MY_TASKS, -10, "Zadania przypisane do mnie", "#3a87ad",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), Groups.WORKING_ROLES, cardVariables);
    ensure(MY_GROUP_TASKS, -5, "Zadania czekające na moją grupę lub organizację", "#2e7d32",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().taskDefinitionKeyNotIn(PARTICIPANT_DATA_TASKS), Groups.WORKING_ROLES, cardVariables);
    // by candidate group like the group filter (every user task has one): "all overdue tasks I may
    // see" made a school's Tasklist scan every open task of the programme (BENCHMARKS.md)
    ensure(OVERDUE, 0, "Zadania mojej grupy lub organizacji po terminie", "#c62828",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().dueBeforeExpression("${now()}").taskDefinitionKeyNotIn(PARTICIPANT_DATA_TASKS),
        Groups.WORKING_ROLES, cardVariables);
    // the monitoring data come in numbers (a course start registers everybody at once) and send no
    // e-mail each: a filter of their own keeps them apart from the casework
    ensure(PARTICIPANT_DATA, -3, "Dane uczestników do monitorowania, które czekają na moją szkołę lub grupę", "#6a1b9a",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .processDefinitionKey(PARTICIPANT_DATA_PROCESS), List.of(Groups.SCHOOL_COORDINATORS, Groups.COORDINATORS),
        cardVariables);
    ensure(ALL_TASKS, 10, "Wszystkie zadania programu (biuro projektu)", "#555555",
        taskService.createTaskQuery(), List.of(Groups.COORDINATORS), cardVariables);
  }

  private void ensure(String name, int priority, String description, String color, TaskQuery query,
      List<String> readers, List<Map<String, String>> cardVariables) {
    Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    // every card tells its case apart: case number, whom it concerns, whom it waits on
    properties.put("variables", cardVariables);
    // the product's filters follow the release: an existing one gets the current query and texts
    filter = (filter == null ? filterService.newTaskFilter(name) : filter).setProperties(properties).setQuery(query);
    filterService.saveFilter(filter);
    for (String group : readers) {
      grants.toGroup(group, Resources.FILTER, filter.getId(), READ);
    }
  }
}
