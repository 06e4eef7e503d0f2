package pl.vetworkflow.indicators;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programme's figures as JSON, for the Cockpit plugin and other tools (coordinators and admins). */
@RestController
public class IndicatorController {
  private final IndicatorService indicators;

  public IndicatorController(IndicatorService indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/api/indicators")
  public ProgrammeIndicators indicators() {
    return indicators.compute();
  }
}
