package pl.vetworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.vetworkflow.course.CourseKind;
import pl.vetworkflow.procurement.Money;
import pl.vetworkflow.validation.JsonRows;

/** How stored values are read as their Java type, and what a wrong or missing value says. */
class ProcessVariableTest {
  private static Map<String, Object> stored(String name, Object value) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(name, value);
    return variables;
  }

  @Test
  void wholeNumbersAreLongWhateverNumberTheEngineHolds() {
    ProcessVariable<Long> hours = ProcessVariable.whole("plannedHours");
    assertThat(hours.get(stored("plannedHours", 150L))).isEqualTo(150L);
    assertThat(hours.get(stored("plannedHours", 150))).isEqualTo(150L);
    assertThat(hours.get(stored("plannedHours", 150.0))).isEqualTo(150L);
  }

  @Test
  void datesAreIsoStringsInTheEngine() {
    ProcessVariable<LocalDate> start = ProcessVariable.date("plannedStartDate");
    assertThat(start.get(stored("plannedStartDate", "2026-03-02"))).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> start.get(stored("plannedStartDate", "02.03.2026")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'plannedStartDate' holds a java.lang.String, expected: date yyyy-MM-dd");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedByItsClassNeverShown() {
    ProcessVariable<String> pesel = ProcessVariable.text("studentPesel");
    assertThatThrownBy(() -> pesel.get(stored("studentPesel", 8251401011L)))
        .hasMessage("Process variable 'studentPesel' holds a java.lang.Long, expected: text")
        .hasMessageNotContaining("8251401011");
  }

  @Test
  void aRequiredVariableMustBeSetAnOptionalOneMayBeAbsentOrNull() {
    ProcessVariable<String> school = ProcessVariable.text("schoolId");
    assertThatThrownBy(() -> school.get(Map.of())).hasMessage("Process variable 'schoolId' (text) is not set");
    assertThatThrownBy(() -> school.get(stored("schoolId", null))).hasMessageContaining("is not set");
    assertThat(school.getOrNull(Map.of())).isNull();
    assertThat(school.getOrNull(stored("schoolId", null))).isNull();
    assertThat(school.getOrNull(stored("schoolId", "1"))).isEqualTo("1");
  }

  @Test
  void enumConstantsAreStoredByName() {
    ProcessVariable<CourseKind> kind = ProcessVariable.enumerated("courseKind", CourseKind.class);
    assertThat(kind.get(stored("courseKind", "TEACHER_COURSE"))).isEqualTo(CourseKind.TEACHER_COURSE);
    assertThatThrownBy(() -> kind.get(stored("courseKind", "KURS")))
        .hasMessage("Process variable 'courseKind' holds a java.lang.String, expected: CourseKind");
  }

  @Test
  void aFeatureDefinesItsOwnStoredForm() {
    ProcessVariable<List<Map<String, Object>>> rows = ProcessVariable.of("items", "list of rows (Json)", JsonRows::of,
        JsonRows::json);
    assertThat(rows.get(stored("items", "[{\"name\":\"Tokarka\",\"quantity\":2}]")))
        .containsExactly(Map.of("name", "Tokarka", "quantity", 2));
    ProcessVariable<BigDecimal> amount = Money.processVariable("budgetLimit");
    assertThat(amount.get(stored("budgetLimit", 5000L))).isEqualByComparingTo("5000.00").hasToString("5000.00");
    assertThat(amount.get(stored("budgetLimit", 12.5))).hasToString("12.50");
    assertThatThrownBy(() -> amount.get(stored("budgetLimit", "5000")))
        .hasMessage("Process variable 'budgetLimit' holds a java.lang.String, expected: amount (PLN)");
  }
}
