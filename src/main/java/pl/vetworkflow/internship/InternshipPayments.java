package pl.vetworkflow.internship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The stipend rule: {@code fullAmount * min(hours, fullHours) / fullHours}, rounded to the grosz
 * (HALF_UP). Default 2,600 PLN for 160 hours, so 150 hours pay 2,437.50 PLN. The tutor's compensation
 * follows the same pro rata rule with its own full amount.
 */
@Component
public class InternshipPayments {
  private final InternshipSettings settings;

  public InternshipPayments(InternshipSettings settings) {
    this.settings = settings;
  }

  public BigDecimal stipend(long hours) {
    return proRata(settings.stipendFullAmount(), hours);
  }

  public BigDecimal tutorCompensation(long hours) {
    return proRata(settings.tutorCompensationFullAmount(), hours);
  }

  private BigDecimal proRata(BigDecimal full, long hours) {
    if (hours < 0) {
      throw new IllegalArgumentException("hours must not be negative: " + hours);
    }
    long paid = Math.min(hours, settings.stipendFullHours());
    return full.multiply(BigDecimal.valueOf(paid))
        .divide(BigDecimal.valueOf(settings.stipendFullHours()), 2, RoundingMode.HALF_UP);
  }
}
