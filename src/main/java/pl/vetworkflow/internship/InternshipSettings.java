package pl.vetworkflow.internship;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable rules of the internships ({@code vet.internship.*}); the eligibility rules are in the
 * DMN table {@code student-internship-eligibility}.
 *
 * @param studentHoursMin fewest planned hours a student application may ask for (form check)
 * @param studentHoursMax most planned hours a student application may ask for (form check)
 * @param maxHoursPerDay attendance limit per calendar day (Prawo oświatowe: 8)
 * @param maxHoursPerWeek attendance limit per week (Prawo oświatowe: 40)
 * @param stipendFullAmount stipend for {@code stipendFullHours} hours, PLN
 * @param stipendFullHours hours the full stipend pays; fewer hours are paid pro rata, more are not paid extra
 * @param tutorCompensationFullAmount the tutor's compensation per intern for full hours, PLN (same pro rata rule)
 * @param teacherHours hours of a teacher internship (planned hours when the application names none; the hours the
 *     teacher's confirmation counts toward the 40-hour training duty of Karta Nauczyciela art. 70c)
 * @param teacherHoursMin fewest planned hours a teacher application may ask for (form check)
 * @param teacherHoursMax most planned hours a teacher application may ask for (form check)
 */
@ConfigurationProperties("vet.internship")
public record InternshipSettings(Integer studentHoursMin, Integer studentHoursMax, Integer maxHoursPerDay,
    Integer maxHoursPerWeek, BigDecimal stipendFullAmount, Integer stipendFullHours,
    BigDecimal tutorCompensationFullAmount, Integer teacherHours, Integer teacherHoursMin, Integer teacherHoursMax) {

  public InternshipSettings {
    studentHoursMin = studentHoursMin == null ? 40 : studentHoursMin;
    studentHoursMax = studentHoursMax == null ? 300 : studentHoursMax;
    maxHoursPerDay = maxHoursPerDay == null ? 8 : maxHoursPerDay;
    maxHoursPerWeek = maxHoursPerWeek == null ? 40 : maxHoursPerWeek;
    stipendFullAmount = stipendFullAmount == null ? new BigDecimal("2600.00") : stipendFullAmount;
    stipendFullHours = stipendFullHours == null ? 160 : stipendFullHours;
    tutorCompensationFullAmount = tutorCompensationFullAmount == null ? new BigDecimal("500.00")
        : tutorCompensationFullAmount;
    teacherHours = teacherHours == null ? 40 : teacherHours;
    teacherHoursMin = teacherHoursMin == null ? teacherHours : teacherHoursMin;
    teacherHoursMax = teacherHoursMax == null ? Math.max(80, teacherHours) : teacherHoursMax;
    if (studentHoursMin < 1 || studentHoursMax < studentHoursMin) {
      throw new IllegalArgumentException("vet.internship.student-hours-min/max: need 1 <= min <= max");
    }
    if (teacherHoursMin < 1 || teacherHoursMax < teacherHoursMin || teacherHours < teacherHoursMin
        || teacherHours > teacherHoursMax) {
      throw new IllegalArgumentException(
          "vet.internship.teacher-hours/-min/-max: need 1 <= teacher-hours-min <= teacher-hours <= teacher-hours-max");
    }
    if (stipendFullHours < 1 || stipendFullAmount.signum() < 0 || tutorCompensationFullAmount.signum() < 0) {
      throw new IllegalArgumentException("vet.internship stipend/tutor settings must not be negative");
    }
  }
}
