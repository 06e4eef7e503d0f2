package pl.vetworkflow.monitoring;

import static pl.vetworkflow.monitoring.ParticipantDataVariables.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.MonitoringField.Stage;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the monitoring-data forms. Start (a correction): the person has no open case of
 * the stage the correction asks (the pick list itself offers a school coordinator only their school's
 * people). Entry and exit: every field of the stage against its domain in the catalogue ({@link
 * MonitoringField}: codes, length, pattern), required ones given; a Polish or EU citizen is not a
 * third-country citizen, a citizen of a country outside the EU is.
 */
@Component
public class ParticipantDataRules implements FormRules {
  static final String START_FORM = "participant-data-start";
  static final String ENTRY_FORM = "participant-data-entry";
  static final String EXIT_FORM = "participant-data-exit";

  private final ParticipantRegistry registry;
  private final ParticipantDataCases cases;

  public ParticipantDataRules(ParticipantRegistry registry, ParticipantDataCases cases) {
    this.registry = registry;
    this.cases = cases;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(START_FORM, ENTRY_FORM, EXIT_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    switch (s.formId()) {
      case START_FORM -> start(s, v);
      case ENTRY_FORM -> fields(Stage.ENTRY, s, v);
      default -> fields(Stage.EXIT, s, v);
    }
  }

  private void start(FormSubmission s, Violations v) {
    Optional<Participant> person = Optional.ofNullable(s.text(PARTICIPANT_PESEL)).flatMap(registry::findByPesel);
    if (person.isEmpty()) {
      v.add(PARTICIPANT_PESEL, "wybierz osobę z listy uczestników");
      return;
    }
    Stage asked = cases.stageToCorrect(person.get().id());
    cases.openCase(person.get().id(), asked).ifPresent(open -> v.add(PARTICIPANT_PESEL,
        "dane tej osoby czekają już na uzupełnienie w sprawie " + open + ": wykonaj zadanie tej sprawy"));
  }

  private static void fields(Stage stage, FormSubmission s, Violations v) {
    for (MonitoringField f : MonitoringField.of(stage)) {
      String key = FIELD_NAMES.get(f);
      if (v.has(key)) {
        continue;
      }
      String value = s.text(key);
      if (value == null) {
        if (f.required()) {
          v.add(key, "pole jest wymagane");
        }
      } else if (!f.domain().accepts(value)) {
        v.add(key, refusal(f.domain()));
      }
    }
    if (stage == Stage.ENTRY && !v.has(CITIZENSHIP) && !v.has(THIRD_COUNTRY_CITIZEN)) {
      String citizenship = s.text(CITIZENSHIP);
      String thirdCountry = s.text(THIRD_COUNTRY_CITIZEN);
      if (List.of("PL", "EU").contains(citizenship) && "TAK".equals(thirdCountry)) {
        v.add(THIRD_COUNTRY_CITIZEN, "obywatel Polski lub innego państwa Unii Europejskiej nie jest obywatelem"
            + " państwa trzeciego: wybierz „nie” albo popraw obywatelstwo");
      } else if ("NON_EU".equals(citizenship) && "NIE".equals(thirdCountry)) {
        v.add(THIRD_COUNTRY_CITIZEN, "obywatel państwa spoza Unii Europejskiej jest obywatelem państwa trzeciego:"
            + " wybierz „tak” albo popraw obywatelstwo");
      }
    }
  }

  private static String refusal(MonitoringField.Domain domain) {
    if (!domain.codes().isEmpty()) {
      return "wybierz jedną z możliwości z listy";
    }
    if (domain.pattern() != null) {
      return "niepoprawny zapis (" + domain.hint() + ")";
    }
    return "tekst jest za długi: dozwolone najwyżej " + domain.maxLength() + " znaków";
  }
}
