package pl.vetworkflow.formoptions;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.Employer;
import pl.vetworkflow.organisation.OrganisationRepository;

/** Employers of the registry, by name with town and NIP so that two similar names can be told apart. */
@Component
public class EmployerOptions implements FormOptionSource {
  public static final String NAME = "employers";

  private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

  private final OrganisationRepository organisations;

  public EmployerOptions(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<FormOption> options(FormUser user) {
    return organisations.employers().stream()
        .map(e -> new FormOption(e.id(), label(e)))
        .sorted(Comparator.comparing(FormOption::label, Collator.getInstance(POLISH)))
        .toList();
  }

  @Override
  public boolean allows(FormUser user, String value) {
    return organisations.employer(value).isPresent();
  }

  @Override
  public String refusal(FormUser user, String value) {
    return "nieznany pracodawca: wybierz pracodawcę z listy";
  }

  static String label(Employer employer) {
    String nip = employer.nip();
    String town = employer.town() == null || employer.town().isBlank() ? "" : ", " + employer.town();
    return employer.name() + town + ", NIP " + nip;
  }
}
