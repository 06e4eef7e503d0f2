package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.course.ParticipantRows;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;

/**
 * {@code ${recordGroupActivityEnrolment}}: each enrolled pupil enters the participant registry once
 * (by PESEL; a known person keeps their row) and gets a form of support of the activity's kind, in
 * progress; the attendance rows are pre-filled with the enrolled people.
 */
@Component("recordGroupActivityEnrolment")
public class RecordGroupActivityEnrolmentDelegate implements JavaDelegate {
  static final String ROW_PESEL = "pesel";
  static final String ROW_NAME = "name";
  static final String ROW_ATTENDED = "attendedMeetings";

  private final ParticipantRegistry registry;
  private final GroupActivitySupports supports;

  public RecordGroupActivityEnrolmentDelegate(ParticipantRegistry registry, GroupActivitySupports supports) {
    this.registry = registry;
    this.supports = supports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ActivityKind kind = activityKind.get(execution);
    LocalDate start = activityStartDate.get(execution);
    String school = schoolId.getOrNull(execution);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ParticipantRows.Entry entry : ParticipantRows.parse(participants.getOrNull(execution)).entries()) {
      String firstName = entry.firstName();
      String lastName = entry.lastName();
      Participant known = registry.findByPesel(entry.pesel()).orElse(null);
      if (known != null) {
        firstName = known.firstName();
        lastName = known.lastName();
      }
      Participant participant = registry.register(entry.pesel(), firstName, lastName, ParticipantType.STUDENT,
          known != null ? known.schoolId() : school, start);
      supports.start(participant.id(), kind, execution.getProcessBusinessKey(), execution.getProcessInstanceId(), start);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ROW_PESEL, participant.pesel());
      row.put(ROW_NAME, participant.firstName() + " " + participant.lastName());
      rows.add(row);
    }
    enrolledCount.set(execution, (long) rows.size());
    attendance.set(execution, rows);
  }
}
