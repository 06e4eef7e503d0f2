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
import pl.vetworkflow.casework.TaskCardBackfill;
import pl.vetworkflow.casework.TaskCards;

/**
 * Polish Tasklist filters. They are built on the current user's id and groups, so one filter serves
 * every role: each user sees through it only the tasks their authorizations allow. Each card shows
 * the task's card fields ({@link TaskCards#filterVariables()}).
 */
@Component
public class TaskFilters {
  public static final String MY_TASKS = "Moje zadania";
  public static final String MY_GROUP_TASKS = "Zadania mojej grupy";
  public static final String OVERDUE = "Zaległe";
  public static final String ALL_TASKS = "Wszystkie zadania";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;
  private final TaskCardBackfill cardBackfill;

  public TaskFilters(FilterService filterService, TaskService taskService, Grants grants,
      TaskCardBackfill cardBackfill) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
    this.cardBackfill = cardBackfill;
  }

  public void apply() {
    ensure(MY_TASKS, -10, "Zadania przypisane do mnie", "#3a87ad",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), Groups.WORKING_ROLES);
    ensure(MY_GROUP_TASKS, -5, "Zadania czekające na moją grupę lub organizację", "#2e7d32",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks(), Groups.WORKING_ROLES);
    // by candidate group like the group filter (every user task has one): "all overdue tasks I may
    // see" made a school's Tasklist scan every open task of the programme (BENCHMARKS.md)
    ensure(OVERDUE, 0, "Zadania mojej grupy lub organizacji po terminie", "#c62828",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().dueBeforeExpression("${now()}"), Groups.WORKING_ROLES);
    ensure(ALL_TASKS, 10, "Wszystkie zadania programu (biuro projektu)", "#555555",
        taskService.createTaskQuery(), List.of(Groups.COORDINATORS));
    // tasks opened before cards existed get theirs, so the filters' card fields are never blank
    cardBackfill.apply();
  }

  private void ensure(String name, int priority, String description, String color, TaskQuery query,
      List<String> readers) {
    Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    // every card tells its case apart: case number, whom it concerns, whom it waits on
    properties.put("variables", TaskCards.filterVariables());
    // the product's filters follow the release: an existing one gets the current query and texts
    filter = (filter == null ? filterService.newTaskFilter(name) : filter).setProperties(properties).setQuery(query);
    filterService.saveFilter(filter);
    for (String group : readers) {
      grants.toGroup(group, Resources.FILTER, filter.getId(), READ);
    }
  }
}
