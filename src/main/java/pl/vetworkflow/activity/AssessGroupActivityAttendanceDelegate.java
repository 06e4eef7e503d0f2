package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.validation.JsonRows;

/**
 * {@code ${assessGroupActivityAttendance}}: a participant counts as supported when the meetings they
 * attended reach the kind's share of all meetings ({@code attendanceShare} from group-activity-rules);
 * their form of support ends COMPLETED or NOT_COMPLETED on the last day, with the activity's hours.
 */
@Component("assessGroupActivityAttendance")
public class AssessGroupActivityAttendanceDelegate implements JavaDelegate {
  private final GroupActivitySupports supports;

  public AssessGroupActivityAttendanceDelegate(GroupActivitySupports supports) {
    this.supports = supports;
  }

  /** Whether {@code attended} of {@code meetings} reaches {@code share} (exactly, no rounding). */
  static boolean supported(long attended, long meetings, double share) {
    return BigDecimal.valueOf(attended).compareTo(BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(meetings))) >= 0;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ActivityKind kind = activityKind.get(execution);
    long meetingCount = meetings.get(execution);
    double share = attendanceShare.get(execution);
    List<String> lines = new ArrayList<>();
    long supportedPeople = 0;
    List<Map<String, Object>> rows = attendance.get(execution);
    for (Map<String, Object> row : rows) {
      long attended = Long.parseLong(JsonRows.text(row, RecordGroupActivityEnrolmentDelegate.ROW_ATTENDED));
      boolean ok = supported(attended, meetingCount, share);
      if (ok) {
        supportedPeople++;
      }
      supports.finish(kind, execution.getProcessBusinessKey(), JsonRows.text(row, RecordGroupActivityEnrolmentDelegate.ROW_PESEL),
          ok ? SupportRegistry.Status.COMPLETED : SupportRegistry.Status.NOT_COMPLETED,
          activityEndDate.get(execution), activityHours.get(execution));
      lines.add(JsonRows.text(row, RecordGroupActivityEnrolmentDelegate.ROW_NAME) + ": " + attended + " z " + meetingCount
          + " spotkań – " + (ok ? "wsparcie zrealizowane" : "wsparcie niezrealizowane"));
    }
    supportedCount.set(execution, supportedPeople);
    attendanceSummary.set(execution, "Wsparcie zrealizowało " + supportedPeople + " z " + rows.size()
        + " uczestników (wymagana obecność: " + percent(share) + " spotkań).\n" + String.join("\n", lines));
  }

  static String percent(double share) {
    return BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString() + "%";
  }
}
