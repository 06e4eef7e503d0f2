package pl.vetworkflow.indicators;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What is missing per person and the programme's progress over time, as JSON for the Cockpit plugin
 * (coordinators and admins, like every path under /api/indicators: security.ApiAccessConfiguration).
 */
@RestController
public class CompletenessController {
  private final DataCompleteness completeness;
  private final ProgrammeTrends trends;

  public CompletenessController(DataCompleteness completeness, ProgrammeTrends trends) {
    this.completeness = completeness;
    this.trends = trends;
  }

  @GetMapping("/api/indicators/completeness")
  public CompletenessReport completeness() {
    return completeness.report();
  }

  @GetMapping("/api/indicators/trends")
  public TrendsReport trends() {
    return trends.compute();
  }
}
