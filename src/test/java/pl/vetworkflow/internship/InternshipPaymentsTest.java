package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stipend rule: 2,600 PLN for 160 h, pro rata, rounded to the grosz HALF_UP, not above the full amount. */
class InternshipPaymentsTest {
  final InternshipPayments payments = new InternshipPayments(
      new InternshipSettings(null, null, null, null, null, null, null, null, null, null));

  @ParameterizedTest
  @CsvSource({"160, 2600.00, 500.00", "150, 2437.50, 468.75", "100, 1625.00, 312.50", "1, 16.25, 3.13",
      "7, 113.75, 21.88", "200, 2600.00, 500.00", "0, 0.00, 0.00"})
  void proRata(long hours, String stipend, String tutor) {
    assertThat(payments.stipend(hours)).isEqualByComparingTo(new BigDecimal(stipend));
    assertThat(payments.stipend(hours).scale()).isEqualTo(2);
    assertThat(payments.tutorCompensation(hours)).isEqualByComparingTo(new BigDecimal(tutor));
  }
}
