package pl.vetworkflow.casework;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.tasklist.TaskSearchFields;

/**
 * Search by case: Tasklist's free text also matches the card's subject (participant, school) and case
 * number ({@link TaskCardVariables}), so a pupil's surname or a case number finds the case's tasks.
 */
@Component
public class CaseSearch implements TaskSearchFields {
  @Override
  public List<String> taskVariables() {
    return List.of(TaskCardVariables.SUBJECT, TaskCardVariables.CASE_NUMBER);
  }
}
