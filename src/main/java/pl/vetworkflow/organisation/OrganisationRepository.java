package pl.vetworkflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Schools and employers: the programme's reference data (tables vet_school, vet_employer). */
@Repository
public class OrganisationRepository {
  private static final RowMapper<School> SCHOOL =
      (rs, n) -> new School(rs.getString("id"), rs.getString("name"), rs.getString("school_complex"),
          SchoolType.valueOf(rs.getString("school_type")), rs.getString("address"), rs.getString("email"));
  private static final RowMapper<Employer> EMPLOYER =
      (rs, n) -> new Employer(rs.getString("id"), rs.getString("name"), rs.getString("town"), rs.getString("nip"),
          rs.getString("industry"), rs.getBoolean("deficit_profession"), rs.getString("email"));

  private final JdbcTemplate jdbc;

  public OrganisationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<School> schools() {
    return jdbc.query("select * from vet_school order by id", SCHOOL);
  }

  public Optional<School> school(String id) {
    return jdbc.query("select * from vet_school where id = ?", SCHOOL, id).stream().findFirst();
  }

  /**
   * Locks the school's row until the current (engine) transaction ends: procurement serialises the
   * budget reservations of one school with it (whoever checks what is left and then reserves takes
   * this lock first, so a second request for the same school waits and then sees the first one's
   * order). {@code select ... for update} works on H2 and PostgreSQL alike.
   *
   * @return false if the school does not exist
   */
  public boolean lockSchool(String id) {
    return !jdbc.queryForList("select id from vet_school where id = ? for update", String.class, id).isEmpty();
  }

  public List<Employer> employers() {
    return jdbc.query("select * from vet_employer order by id", EMPLOYER);
  }

  public Optional<Employer> employer(String id) {
    return jdbc.query("select * from vet_employer where id = ?", EMPLOYER, id).stream().findFirst();
  }

  /** Insert or update by id; portable (H2 and PostgreSQL) without vendor upsert syntax. */
  public void save(School s) {
    int updated = jdbc.update(
        "update vet_school set name = ?, school_complex = ?, school_type = ?, address = ?, email = ? where id = ?",
        s.name(), s.schoolComplex(), s.type().name(), s.address(), s.email(), s.id());
    if (updated == 0) {
      jdbc.update(
          "insert into vet_school (id, name, school_complex, school_type, address, email) values (?, ?, ?, ?, ?, ?)",
          s.id(), s.name(), s.schoolComplex(), s.type().name(), s.address(), s.email());
    }
  }

  public void save(Employer e) {
    int updated = jdbc.update(
        "update vet_employer set name = ?, town = ?, nip = ?, industry = ?, deficit_profession = ?, email = ?"
            + " where id = ?",
        e.name(), e.town(), e.nip(), e.industry(), e.deficitProfession(), e.email(), e.id());
    if (updated == 0) {
      jdbc.update(
          "insert into vet_employer (id, name, town, nip, industry, deficit_profession, email)"
              + " values (?, ?, ?, ?, ?, ?, ?)",
          e.id(), e.name(), e.town(), e.nip(), e.industry(), e.deficitProfession(), e.email());
    }
  }
}
