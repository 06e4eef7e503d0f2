package pl.vetworkflow.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the monitoring-data cases ({@code vet.participant-data.*}).
 *
 * @param automaticStart start a case by itself when a new person enters the registry with data
 *     missing, and when a person's last form of support ends (default true); false leaves only the
 *     manual correction from Tasklist (e.g. while the data are loaded from elsewhere)
 */
@ConfigurationProperties("vet.participant-data")
public record ParticipantDataSettings(Boolean automaticStart) {
  public ParticipantDataSettings {
    automaticStart = automaticStart == null ? Boolean.TRUE : automaticStart;
  }
}
