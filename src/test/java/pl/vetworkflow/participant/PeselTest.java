package pl.vetworkflow.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeselTest {

  @ParameterizedTest
  @CsvSource({
      // pesel, birth date, sex
      "44051401359, 1944-05-14, M",
      "02270803624, 2002-07-08, K",
      "08321512341, 2008-12-15, K",
      "85121612381, 1985-12-16, K",
      "00882912343, 1800-08-29, K",
  })
  void derivesBirthDateAndSex(String pesel, LocalDate birthDate, Pesel.Sex sex) {
    Pesel parsed = Pesel.parse(pesel);
    assertThat(parsed.birthDate()).isEqualTo(birthDate);
    assertThat(parsed.sex()).isEqualTo(sex);
  }

  @ParameterizedTest
  @CsvSource({
      "'', PESEL jest pusty",
      "4405140135, 11 cyfr",
      "440514013590, 11 cyfr",
      "4405140135X, tylko cyfry",
      "44051401358, cyfrę kontrolną",
      "44053201353, datę urodzenia",
      "44993201354, datę urodzenia",
  })
  void rejectsInvalidNumbersWithTheReason(String pesel, String reason) {
    assertThatThrownBy(() -> Pesel.parse(pesel))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void minorityIsDecidedOnTheGivenDay() {
    Pesel pesel = Pesel.parse("08321512341"); // born 2008-12-15
    assertThat(pesel.isMinorOn(LocalDate.of(2026, 12, 14))).isTrue();
    assertThat(pesel.isMinorOn(LocalDate.of(2026, 12, 15))).isFalse();
  }

  @Test
  void neverPrintsTheNumber() {
    assertThat(Pesel.parse("44051401359").toString()).doesNotContain("44051401359");
  }
}
