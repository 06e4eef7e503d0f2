package pl.vetworkflow.indicators;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/indicators/completeness} answers: who cannot be reported to the central
 * monitoring system yet ({@link DataCompleteness}), per school and by person. No PESEL.
 *
 * @param fields the required fields, in catalogue order: the columns of the per-school table
 * @param total every person of the registry (schoolName "Ogółem")
 * @param schools one row per school that has people in the registry, by name ("bez szkoły" last)
 * @param people the people who cannot be reported yet, by school, surname, first name
 */
public record CompletenessReport(Instant generatedAt, List<FieldColumn> fields, SchoolRow total,
    List<SchoolRow> schools, List<PersonRow> people) {

  /** A required field: its catalogue name, Polish label and stage ({@code ENTRY} / {@code EXIT}). */
  public record FieldColumn(String key, String label, String stage) {}

  /**
   * One school: its people in the registry, how many cannot be reported, and per field label how many
   * lack it (every required field, 0 included; an exit field counts only people whose participation ended).
   */
  public record SchoolRow(String schoolId, String schoolName, long registered, long notReportable,
      Map<String, Long> missingByField) {}

  /** A person who cannot be reported yet, with the labels of what they lack. */
  public record PersonRow(long id, String firstName, String lastName, String schoolId, String schoolName,
      List<String> missing) {}
}
