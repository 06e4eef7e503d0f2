package pl.vetworkflow.course;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable rules of courses ({@code vet.course.*}); the completion rule itself is the DMN table
 * {@code course-completion} (processes/course-completion.dmn), which receives the threshold from here.
 *
 * @param attendanceThresholdPercent least attendance (percent) a participant needs to complete a course
 * @param pnzMinHours fewest hours of a PNZ instructor course (framework programme: 48)
 */
@ConfigurationProperties("vet.course")
public record CourseSettings(Integer attendanceThresholdPercent, Integer pnzMinHours) {

  public CourseSettings {
    attendanceThresholdPercent = attendanceThresholdPercent == null ? 80 : attendanceThresholdPercent;
    pnzMinHours = pnzMinHours == null ? 48 : pnzMinHours;
    if (attendanceThresholdPercent < 0 || attendanceThresholdPercent > 100) {
      throw new IllegalArgumentException("vet.course.attendance-threshold-percent must be 0-100");
    }
    if (pnzMinHours < 1) {
      throw new IllegalArgumentException("vet.course.pnz-min-hours must be at least 1");
    }
  }
}
