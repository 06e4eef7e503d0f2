package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.document.DocumentIssuer;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.validation.PolishDates;

/**
 * {@code ${issueCourseCertificates}}, at the end of {@code recordCourseCompletion}: a certificate of
 * completion for each participant who completed the course (by the confirmed results), with the
 * number and date the provider gave; for a PNZ instructor course also the kurator oświaty's approval
 * of the programme and its approved hours. One document per participant (subject: the PESEL).
 */
@Component("issueCourseCertificates")
public class IssueCourseCertificatesListener implements ExecutionListener {
  private final DocumentIssuer issuer;
  private final CourseRegistry courses;

  public IssueCourseCertificatesListener(DocumentIssuer issuer, CourseRegistry courses) {
    this.issuer = issuer;
    this.courses = courses;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CourseKind kind = courseKind.get(execution);
    boolean pnz = kind == CourseKind.PNZ_INSTRUCTOR_COURSE;
    Long approvedHours = pnz ? programmeHours.getOrNull(execution) : null;
    Map<String, Object> course = new LinkedHashMap<>();
    course.put("courseKindLabel", courseKindLabel.get(execution));
    course.put("courseTopic", courseTopic.get(execution));
    course.put("profession", profession.getOrNull(execution));
    course.put("schoolName", schoolName.getOrNull(execution));
    course.put("providerName", providerName.getOrNull(execution));
    course.put("startDate", PolishDates.format(plannedStartDate.get(execution)));
    course.put("endDate", PolishDates.format(plannedEndDate.get(execution)));
    course.put("hours", approvedHours != null ? approvedHours : plannedHours.get(execution));
    course.put("pnz", pnz);
    course.put("kuratorApprovalNumber", pnz ? kuratorApprovalNumber.getOrNull(execution) : null);
    course.put("kuratorApprovalDate", pnz && kuratorApprovalDate.getOrNull(execution) != null
        ? PolishDates.format(kuratorApprovalDate.get(execution)) : null);
    for (CourseRegistry.Enrolment e : courses.active(execution.getProcessBusinessKey())) {
      if (e.status() != CourseRegistry.EnrolmentStatus.COMPLETED) {
        continue;
      }
      Map<String, Object> values = new LinkedHashMap<>(course);
      values.put("participantName", e.name());
      values.put("pesel", e.pesel());
      values.put("certificateNumber", e.certificateNumber());
      values.put("certificateDate", e.certificateDate() == null ? null : PolishDates.format(e.certificateDate()));
      values.put("attendance", percent(e.attendancePercent()));
      values.put("exam", e.examResult() == null ? null : ResultRows.Exam.valueOf(e.examResult()).word());
      issuer.issue(execution, DocumentKind.COURSE_CERTIFICATE, e.pesel(), e.name(), values);
    }
  }

  /** "95%", "85,5%". */
  private static String percent(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
  }
}
