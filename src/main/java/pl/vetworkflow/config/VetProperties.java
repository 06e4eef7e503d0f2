package pl.vetworkflow.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the product itself (prefix {@code vet}); engine and Spring settings keep their own prefixes. */
@ConfigurationProperties("vet")
public record VetProperties(
    Demo demo, Admin admin, String publicBaseUrl, ReferenceData referenceData, Security security) {

  public VetProperties {
    demo = demo == null ? new Demo(false) : demo;
    admin = admin == null ? new Admin(null, null, null) : admin;
    referenceData = referenceData == null ? new ReferenceData(null, null) : referenceData;
    security = security == null ? new Security(2 * 1024 * 1024, 0) : security;
  }

  public record Demo(boolean enabled) {}

  public record Admin(String user, String password, String email) {}

  /** Locations (Spring resource syntax) of the schools and employers CSV files; blank = no import. */
  public record ReferenceData(String schools, String employers) {}

  /** maxRequestBytes: largest accepted request body; hstsMaxAgeSeconds: 0 = no HSTS header. */
  public record Security(long maxRequestBytes, long hstsMaxAgeSeconds) {}
}
