package pl.vetworkflow.counselling;

import static pl.vetworkflow.counselling.CareerCounsellingVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.validation.PolishDates;

/**
 * {@code ${recordCounsellingSession}}: the session just entered becomes the next row of
 * {@code sessions} (count and hours in total follow); the session's fields are cleared, so that the
 * next session's form starts empty; {@code sessionsFinished} says whether it was the last one.
 */
@Component("recordCounsellingSession")
public class RecordCounsellingSessionDelegate implements JavaDelegate {
  static final String ROW_NUMBER = "number";
  static final String ROW_DATE = "date";
  static final String ROW_DATE_TEXT = "dateText";
  static final String ROW_HOURS = "hours";
  static final String ROW_HOURS_TEXT = "hoursText";
  static final String ROW_TOPIC = "topic";
  static final String ROW_NOTES = "notes";

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> rows = new ArrayList<>(sessions.get(execution));
    LocalDate date = sessionDate.get(execution);
    double hours = sessionHours.get(execution);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(ROW_NUMBER, (long) rows.size() + 1);
    row.put(ROW_DATE, date.toString());
    row.put(ROW_DATE_TEXT, PolishDates.format(date));
    row.put(ROW_HOURS, hours);
    row.put(ROW_HOURS_TEXT, hoursText(hours));
    row.put(ROW_TOPIC, sessionTopic.get(execution));
    row.put(ROW_NOTES, sessionNotes.getOrNull(execution));
    rows.add(row);
    sessions.set(execution, rows);
    sessionCount.set(execution, (long) rows.size());
    sessionHoursTotal.set(execution, sessionHoursTotal.get(execution) + hours);
    sessionsFinished.set(execution, YES.equals(lastSession.get(execution)));
    for (String field : List.of(SESSION_DATE, SESSION_HOURS, SESSION_TOPIC, SESSION_NOTES, LAST_SESSION)) {
      execution.removeVariable(field);
    }
  }

  /** Hours as a Polish reader writes them: 1,5. */
  static String hoursText(double hours) {
    return (hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours)).replace('.', ',');
  }

  /** The date of the last recorded session, or null before the first. */
  static LocalDate lastDate(List<Map<String, Object>> rows) {
    if (rows == null || rows.isEmpty()) {
      return null;
    }
    Object date = rows.get(rows.size() - 1).get(ROW_DATE);
    return date == null ? null : LocalDate.parse(date.toString());
  }
}
