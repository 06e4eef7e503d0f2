package pl.vetworkflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The procedure table (processes/procurement-procedure.dmn) at and around every threshold, on both
 * sides of 2025-03-25, in both funding periods. Evaluated by the DMN engine the application uses.
 */
class ProcurementProcedureDecisionTest {
  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = ProcurementProcedureDecisionTest.class.getResourceAsStream("/processes/procurement-procedure.dmn")) {
      decision = engine.parseDecision("procurement-procedure", in);
    }
  }

  static DmnDecisionResultEntries evaluate(double value, String date, String period) {
    return engine.evaluateDecision(decision,
        Map.of("aggregatedNetValue", value, "procedureDate", date, "fundingPeriod", period)).getSingleResult();
  }

  @ParameterizedTest(name = "{2}, enquiry {1}, {0} PLN net -> {3}")
  @CsvSource({
      // 2021-2027, enquiry published from 2025-03-25: competitiveness from 80,000
      "0.01,      2025-03-25, 2021-2027, PRICE_SURVEY",
      "49999.99,  2025-03-25, 2021-2027, PRICE_SURVEY",
      "50000.00,  2025-03-25, 2021-2027, PRICE_SURVEY",
      "79999.99,  2025-03-25, 2021-2027, PRICE_SURVEY",
      "80000.00,  2025-03-25, 2021-2027, COMPETITIVENESS",
      "129999.99, 2025-03-25, 2021-2027, COMPETITIVENESS",
      "130000.00, 2025-03-25, 2021-2027, PZP",
      "79999.99,  2026-11-24, 2021-2027, PRICE_SURVEY",
      "80000.00,  2026-11-24, 2021-2027, COMPETITIVENESS",
      // 2021-2027, enquiry published until 2025-03-24: competitiveness from 50,000
      "49999.99,  2025-03-24, 2021-2027, PRICE_SURVEY",
      "50000.00,  2025-03-24, 2021-2027, COMPETITIVENESS",
      "79999.99,  2025-03-24, 2021-2027, COMPETITIVENESS",
      "80000.00,  2025-03-24, 2021-2027, COMPETITIVENESS",
      "129999.99, 2025-03-24, 2021-2027, COMPETITIVENESS",
      "130000.00, 2025-03-24, 2021-2027, PZP",
      "50000.00,  2023-01-10, 2021-2027, COMPETITIVENESS",
      // 2014-2020: competitiveness from 50,000 whatever the date
      "49999.99,  2025-03-24, 2014-2020, PRICE_SURVEY",
      "50000.00,  2025-03-24, 2014-2020, COMPETITIVENESS",
      "49999.99,  2025-03-25, 2014-2020, PRICE_SURVEY",
      "50000.00,  2025-03-25, 2014-2020, COMPETITIVENESS",
      "79999.99,  2025-03-25, 2014-2020, COMPETITIVENESS",
      "80000.00,  2025-03-25, 2014-2020, COMPETITIVENESS",
      "129999.99, 2025-03-25, 2014-2020, COMPETITIVENESS",
      "130000.00, 2025-03-25, 2014-2020, PZP",
      "130000.00, 2019-06-01, 2014-2020, PZP",
      "5000000.00, 2026-01-01, 2021-2027, PZP"
  })
  void procedureByValueDateAndPeriod(double value, String date, String period, String expected) {
    DmnDecisionResultEntries result = evaluate(value, date, period);
    assertThat((String) result.get("procedure")).isEqualTo(expected);
    assertThat((Boolean) result.get("publicationRequired")).isEqualTo(!expected.equals("PRICE_SURVEY"));
    assertThat(((Number) result.get("minOfferDays")).longValue()).isEqualTo(expected.equals("PRICE_SURVEY") ? 0 : 7);
    assertThat((String) result.get("procedureName")).isNotBlank();
  }

  @Test
  void polishNamesOfTheProcedures() {
    assertThat((String) evaluate(1000, "2026-01-01", "2021-2027").get("procedureName"))
        .isEqualTo("Rozeznanie rynku (porównanie cen)");
    assertThat((String) evaluate(90000, "2026-01-01", "2021-2027").get("procedureName"))
        .isEqualTo("Zasada konkurencyjności (Baza Konkurencyjności)");
    assertThat((String) evaluate(200000, "2026-01-01", "2021-2027").get("procedureName"))
        .isEqualTo("Prawo zamówień publicznych (PZP)");
  }

  /** Anti-splitting in the table's terms: two orders of 30,000 of one kind are valued together. */
  @Test
  void twoOrdersOf30000OfTheSameKindAreValuedTogether() {
    assertThat((String) evaluate(30000.00, "2025-03-24", "2021-2027").get("procedure")).isEqualTo("PRICE_SURVEY");
    assertThat((String) evaluate(30000.00 + 30000.00, "2025-03-24", "2021-2027").get("procedure"))
        .isEqualTo("COMPETITIVENESS");
    assertThat((String) evaluate(30000.00 + 30000.00, "2025-03-25", "2014-2020").get("procedure"))
        .isEqualTo("COMPETITIVENESS");
    // under the 80,000 threshold a third order is needed
    assertThat((String) evaluate(60000.00, "2025-03-25", "2021-2027").get("procedure")).isEqualTo("PRICE_SURVEY");
    assertThat((String) evaluate(90000.00, "2025-03-25", "2021-2027").get("procedure")).isEqualTo("COMPETITIVENESS");
  }
}
