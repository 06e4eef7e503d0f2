package pl.vetworkflow.participant;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's participant registry: one row per person (deduplicated by PESEL), so a person is
 * counted once whatever number of forms of support they get. Sex and birth date come from the PESEL.
 */
@Repository
public class ParticipantRegistry {
  private static final RowMapper<Participant> ROW = (rs, n) -> new Participant(
      rs.getLong("id"), rs.getString("pesel"), rs.getString("first_name"), rs.getString("last_name"),
      Pesel.Sex.valueOf(rs.getString("sex")), rs.getDate("birth_date").toLocalDate(),
      ParticipantType.valueOf(rs.getString("participant_type")), rs.getString("school_id"),
      rs.getDate("first_support_date").toLocalDate());

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public ParticipantRegistry(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * Records a form of support for a person. A new person gets a row; a known one keeps their row and
   * their first-support date moves earlier if this support started earlier. Then publishes
   * {@link ParticipantRegistered}.
   */
  @Transactional
  public Participant register(String peselText, String firstName, String lastName, ParticipantType type,
      String schoolId, LocalDate supportStart) {
    return register(peselText, firstName, lastName, type, schoolId, supportStart, Map.of());
  }

  /**
   * As {@link #register(String, String, String, ParticipantType, String, LocalDate)}, with the
   * monitoring data the form of support itself asked (e.g. an internship application: education and
   * disability), recorded as by {@link #recordMonitoringData(long, Map)} before {@link
   * ParticipantRegistered} is published, so that its listeners see them.
   */
  @Transactional
  public Participant register(String peselText, String firstName, String lastName, ParticipantType type,
      String schoolId, LocalDate supportStart, Map<MonitoringField, String> givenAtSupport) {
    Pesel pesel = Pesel.parse(peselText);
    boolean newPerson = insertOrUpdate(pesel, firstName, lastName, type, schoolId, supportStart);
    Participant participant = findByPesel(pesel.value()).orElseThrow();
    recordMonitoringData(participant.id(), givenAtSupport);
    events.publishEvent(new ParticipantRegistered(participant.id(), newPerson));
    return participant;
  }

  /** Whether the person is new. */
  private boolean insertOrUpdate(Pesel pesel, String firstName, String lastName, ParticipantType type,
      String schoolId, LocalDate supportStart) {
    Optional<Participant> existing = findByPesel(pesel.value());
    if (existing.isPresent()) {
      if (supportStart.isBefore(existing.get().firstSupportDate())) {
        jdbc.update("update vet_participant set first_support_date = ? where pesel = ?",
            Date.valueOf(supportStart), pesel.value());
      }
    } else {
      jdbc.update("insert into vet_participant (pesel, first_name, last_name, sex, birth_date, participant_type,"
              + " school_id, first_support_date, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          pesel.value(), firstName, lastName, pesel.sex().name(), Date.valueOf(pesel.birthDate()), type.name(),
          schoolId, Date.valueOf(supportStart), Timestamp.from(Instant.now()));
    }
    return existing.isEmpty();
  }

  /**
   * Records monitoring data: each value given replaces what is known (a correction), a blank one
   * leaves it. A value outside its field's domain is refused before anything is written.
   */
  public void recordMonitoringData(long participantId, Map<MonitoringField, String> values) {
    write(participantId, values, false);
  }

  /**
   * Records a monitoring-data form that showed what the registry held of its fields: as {@link
   * #recordMonitoringData}, except that an optional field the form left blank (telephone, e-mail) is
   * cleared, since the person or the school removed it; a required one left blank keeps its value.
   */
  public void recordMonitoringForm(long participantId, Map<MonitoringField, String> values) {
    write(participantId, values, true);
  }

  private void write(long participantId, Map<MonitoringField, String> values, boolean clearBlankOptional) {
    Map<MonitoringField, String> given = new EnumMap<>(MonitoringField.class);
    values.forEach((field, value) -> {
      if (value != null && !value.isBlank()) {
        String trimmed = value.strip();
        if (!field.domain().accepts(trimmed)) {
          throw new IllegalArgumentException("Value not accepted for monitoring field " + field);
        }
        given.put(field, trimmed);
      } else if (clearBlankOptional && !field.required()) {
        given.put(field, null);
      }
    });
    if (given.isEmpty()) {
      return;
    }
    // columns come from the catalogue, never from input
    StringBuilder sql = new StringBuilder("update vet_participant set monitoring_updated_at = ?");
    List<Object> args = new ArrayList<>();
    args.add(Timestamp.from(Instant.now()));
    given.forEach((field, value) -> {
      sql.append(", ").append(field.column()).append(" = ?");
      args.add(value);
    });
    sql.append(" where id = ?");
    args.add(participantId);
    if (jdbc.update(sql.toString(), args.toArray()) != 1) {
      throw new IllegalArgumentException("No participant " + participantId);
    }
  }

  /** What the registry holds of the person's monitoring data; empty for nobody. */
  public Optional<MonitoringData> monitoringData(long participantId) {
    return jdbc.query("select * from vet_participant where id = ?", (rs, n) -> {
      Map<MonitoringField, String> values = new EnumMap<>(MonitoringField.class);
      for (MonitoringField field : MonitoringField.values()) {
        values.put(field, rs.getString(field.column()));
      }
      return new MonitoringData(participantId, values);
    }, participantId).stream().findFirst();
  }

  public Optional<Participant> findByPesel(String pesel) {
    return jdbc.query("select * from vet_participant where pesel = ?", ROW, pesel).stream().findFirst();
  }

  public Optional<Participant> find(long id) {
    return jdbc.query("select * from vet_participant where id = ?", ROW, id).stream().findFirst();
  }

  /** Everyone in the registry, by surname and first name. */
  public List<Participant> all() {
    return jdbc.query("select * from vet_participant order by last_name, first_name, pesel", ROW);
  }

  /** The people registered by these schools, by surname and first name. */
  public List<Participant> ofSchools(Collection<String> schoolIds) {
    if (schoolIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(schoolIds.size(), "?"));
    return jdbc.query("select * from vet_participant where school_id in (" + marks + ")"
        + " order by last_name, first_name, pesel", ROW, schoolIds.toArray());
  }

  public long count() {
    return jdbc.queryForObject("select count(*) from vet_participant", Long.class);
  }

  public long count(ParticipantType type) {
    return jdbc.queryForObject("select count(*) from vet_participant where participant_type = ?", Long.class,
        type.name());
  }
}
