package pl.vetworkflow.procurement;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable rules of procurement ({@code vet.procurement.*}). The thresholds and their dates are
 * not here: they are data in the DMN table {@code procurement-procedure}.
 *
 * @param fundingPeriod the programme's funding period, {@code 2014-2020} or {@code 2021-2027}: decides
 *     which thresholds of the DMN table apply
 * @param defaultSchoolBudget equipment budget of a school (PLN net) unless {@code schoolBudgets} names it
 * @param schoolBudgets equipment budget (PLN net) by school id, overriding the default
 * @param durabilityYears how long bought equipment must stay in use after its acceptance
 * @param estimateMaxAgeDays how old the value estimate may be when the request is submitted
 */
@ConfigurationProperties("vet.procurement")
public record ProcurementSettings(String fundingPeriod, BigDecimal defaultSchoolBudget,
    Map<String, BigDecimal> schoolBudgets, Integer durabilityYears, Integer estimateMaxAgeDays) {

  public static final Set<String> FUNDING_PERIODS = Set.of("2014-2020", "2021-2027");

  public ProcurementSettings {
    fundingPeriod = fundingPeriod == null ? "2021-2027" : fundingPeriod.trim();
    defaultSchoolBudget = defaultSchoolBudget == null ? new BigDecimal("100000.00") : defaultSchoolBudget;
    schoolBudgets = schoolBudgets == null ? Map.of() : Map.copyOf(schoolBudgets);
    durabilityYears = durabilityYears == null ? 5 : durabilityYears;
    estimateMaxAgeDays = estimateMaxAgeDays == null ? 90 : estimateMaxAgeDays;
    if (!FUNDING_PERIODS.contains(fundingPeriod)) {
      throw new IllegalArgumentException("vet.procurement.funding-period must be one of " + FUNDING_PERIODS
          + ", got '" + fundingPeriod + "'");
    }
    if (defaultSchoolBudget.signum() < 0 || schoolBudgets.values().stream().anyMatch(b -> b == null || b.signum() < 0)) {
      throw new IllegalArgumentException("vet.procurement school budgets must not be negative");
    }
    if (durabilityYears < 0 || estimateMaxAgeDays < 1) {
      throw new IllegalArgumentException("vet.procurement.durability-years >= 0 and estimate-max-age-days >= 1 required");
    }
  }

  /** The equipment budget of one school, PLN net. */
  public BigDecimal schoolBudget(String schoolId) {
    return schoolBudgets.getOrDefault(schoolId, defaultSchoolBudget);
  }
}
