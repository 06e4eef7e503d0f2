package pl.vetworkflow.monitoring;

import static pl.vetworkflow.process.ProcessVariable.flag;
import static pl.vetworkflow.process.ProcessVariable.text;
import static pl.vetworkflow.process.ProcessVariable.whole;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.process.ProcessVariable;

/**
 * Every process variable of {@code participant-data} (one person's monitoring data: at entry, at the
 * first form of support, or on leaving, after the last one). Each monitoring field is a String
 * variable holding the catalogue's code or text ({@link MonitoringField}); {@link #field} gives its
 * typed accessor.
 */
public final class ParticipantDataVariables {
  public static final String PROCESS_KEY = "participant-data";
  /** Prefix of the business key: DU/2026/0001. */
  public static final String CASE_PREFIX = "DU";
  /** The message that starts a case from the application (a first support, a last support ended). */
  public static final String START_MESSAGE = "participant-data-requested";

  // start form (participant-data-start): the manual correction
  /**
   * String, the person picked from the registry (the pick list's value, never typed); replaced by
   * {@link #PARTICIPANT_ID} as soon as the case starts, so the case does not keep it.
   */
  public static final String PARTICIPANT_PESEL = "participantPesel";
  public static final ProcessVariable<String> participantPesel = text(PARTICIPANT_PESEL);

  // set by the application's start or by loadParticipantData
  /** Long, the person's registry id (vet_participant.id). */
  public static final String PARTICIPANT_ID = "participantId";
  public static final ProcessVariable<Long> participantId = whole(PARTICIPANT_ID);
  /** String {@link MonitoringField.Stage} name: ENTRY (data at the first support) or EXIT (situation on leaving). */
  public static final String STAGE = "stage";
  public static final ProcessVariable<MonitoringField.Stage> stage =
      ProcessVariable.enumerated(STAGE, MonitoringField.Stage.class);
  /** Boolean, started by a person from Tasklist to correct what the registry holds. */
  public static final String CORRECTION = "correction";
  public static final ProcessVariable<Boolean> correction = flag(CORRECTION);
  /** String, the business key again. */
  public static final String CASE_NUMBER = "caseNumber";
  public static final ProcessVariable<String> caseNumber = text(CASE_NUMBER);
  public static final String PARTICIPANT_NAME = CaseVariables.PARTICIPANT_NAME;
  public static final ProcessVariable<String> participantName = CaseVariables.participantName;
  /** String, the person's school in the registry; not set for a person without one. */
  public static final String SCHOOL_ID = CaseVariables.SCHOOL_ID;
  public static final ProcessVariable<String> schoolId = CaseVariables.schoolId;
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;
  /** String, the task's candidate group: the school's coordinators, or the programme office. */
  public static final String RESPONSIBLE_GROUP = "responsibleGroup";
  public static final ProcessVariable<String> responsibleGroup = text(RESPONSIBLE_GROUP);

  // the forms participant-data-entry and participant-data-exit: one field a MonitoringField
  public static final String CITIZENSHIP = "citizenship";
  public static final String COUNTRY = "country";
  public static final String VOIVODESHIP = "voivodeship";
  public static final String COUNTY = "county";
  public static final String COMMUNE = "commune";
  public static final String TOWN = "town";
  public static final String POSTAL_CODE = "postalCode";
  public static final String DEGURBA = "degurba";
  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String EDUCATION_LEVEL = "educationLevel";
  public static final String LABOUR_STATUS = "labourStatus";
  public static final String FOREIGN_ORIGIN = "foreignOrigin";
  public static final String THIRD_COUNTRY_CITIZEN = "thirdCountryCitizen";
  public static final String MINORITY = "minority";
  public static final String HOMELESS = "homeless";
  public static final String DISABILITY = "disability";
  public static final String EXIT_SITUATION = "exitSituation";

  /** The form field (variable) of each monitoring field. */
  public static final Map<MonitoringField, String> FIELD_NAMES = fieldNames();

  private static final Map<MonitoringField, ProcessVariable<String>> FIELDS = new EnumMap<>(MonitoringField.class);

  static {
    FIELD_NAMES.forEach((f, name) -> FIELDS.put(f, text(name)));
  }

  /** The typed accessor of a monitoring field's variable. */
  public static ProcessVariable<String> field(MonitoringField f) {
    return FIELDS.get(f);
  }

  private static Map<MonitoringField, String> fieldNames() {
    Map<MonitoringField, String> names = new EnumMap<>(MonitoringField.class);
    names.put(MonitoringField.CITIZENSHIP, CITIZENSHIP);
    names.put(MonitoringField.COUNTRY, COUNTRY);
    names.put(MonitoringField.VOIVODESHIP, VOIVODESHIP);
    names.put(MonitoringField.COUNTY, COUNTY);
    names.put(MonitoringField.COMMUNE, COMMUNE);
    names.put(MonitoringField.TOWN, TOWN);
    names.put(MonitoringField.POSTAL_CODE, POSTAL_CODE);
    names.put(MonitoringField.DEGURBA, DEGURBA);
    names.put(MonitoringField.PHONE, PHONE);
    names.put(MonitoringField.EMAIL, EMAIL);
    names.put(MonitoringField.EDUCATION, EDUCATION_LEVEL);
    names.put(MonitoringField.LABOUR_STATUS, LABOUR_STATUS);
    names.put(MonitoringField.FOREIGN_ORIGIN, FOREIGN_ORIGIN);
    names.put(MonitoringField.THIRD_COUNTRY_CITIZEN, THIRD_COUNTRY_CITIZEN);
    names.put(MonitoringField.MINORITY, MINORITY);
    names.put(MonitoringField.HOMELESS, HOMELESS);
    names.put(MonitoringField.DISABILITY, DISABILITY);
    names.put(MonitoringField.EXIT_SITUATION, EXIT_SITUATION);
    if (names.size() != MonitoringField.values().length) {
      throw new IllegalStateException("Every monitoring field needs a variable of participant-data");
    }
    return Collections.unmodifiableMap(names);
  }

  private ParticipantDataVariables() {}
}
