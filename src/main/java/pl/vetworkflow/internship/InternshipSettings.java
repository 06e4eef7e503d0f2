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
 */
@ConfigurationProperties("vet.internship")
public record InternshipSettings(Integer studentHoursMin, Integer studentHoursMax, Integer maxHoursPerDay,
    Integer maxHoursPerWeek, BigDecimal stipendFullAmount, Integer stipendFullHours,
    BigDecimal tutorCompensationFullAmount) {

  public InternshipSettings {
    studentHoursMin = studentHoursMin == null ? 40 : studentHoursMin;
    studentHoursMax = studentHoursMax == null ? 300 : studentHoursMax;
    maxHoursPerDay = maxHoursPerDay == null ? 8 : maxHoursPerDay;
    maxHoursPerWeek = maxHoursPerWeek == null ? 40 : maxHoursPerWeek;
    stipendFullAmount = stipendFullAmount == null ? new BigDecimal("2600.00") : stipendFullAmount;
    stipendFullHours = stipendFullHours == null ? 160 : stipendFullHours;
    tutorCompensationFullAmount = tutorCompensationFullAmount == null ? new BigDecimal("500.00")
        : tutorCompensationFullAmount;
    if (studentHoursMin < 1 || studentHoursMax < studentHoursMin) {
      throw new IllegalArgumentException("vet.internship.student-hours-min/max: need 1 <= min <= max");
    }
    if (stipendFullHours < 1 || stipendFullAmount.signum() < 0 || tutorCompensationFullAmount.signum() < 0) {
      throw new IllegalArgumentException("vet.internship stipend/tutor settings must not be negative");
    }
  }
}
