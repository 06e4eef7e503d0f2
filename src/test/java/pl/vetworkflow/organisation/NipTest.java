package pl.vetworkflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

  @Test
  void acceptsValidNumbersWithOrWithoutSeparators() {
    assertThat(Nip.normalize("7543010006")).isEqualTo("7543010006");
    assertThat(Nip.normalize("754-301-00-06")).isEqualTo("7543010006");
  }

  @ParameterizedTest
  @CsvSource({
      "7543010007, wrong check digit",
      "754301000, 10 digits",
      "75430100061, 10 digits",
      "75430100O6, 10 digits",
      "'', empty",
  })
  void rejectsInvalidNumbers(String nip, String reason) {
    assertThatThrownBy(() -> Nip.normalize(nip)).hasMessageContaining(reason);
  }

  @Test
  void checksumOfTenIsNeverValid() {
    // 123456789x: weighted sum 6+10+21+8+15+24+35+48+63 = 230, 230 % 11 = 10: no check digit exists
    for (int last = 0; last <= 9; last++) {
      assertThat(Nip.isValid("123456789" + last)).isFalse();
    }
  }
}
