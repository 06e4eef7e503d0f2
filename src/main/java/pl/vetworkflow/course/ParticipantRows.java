package pl.vetworkflow.course;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.validation.JsonRows;

/**
 * Participant rows of the enrolment forms (list variables {@code participants} and
 * {@code additionalParticipants}): {@code {registryPesel | pesel, firstName, lastName,
 * noticeAcknowledged}}. A person already in the participant registry is picked from the list
 * ({@code registryPesel}, options of the user's school, checked by the form check) or given by PESEL
 * alone; the names then come from the registry. A new person needs PESEL, first and last name. Every
 * row must confirm the data-protection notice.
 */
public final class ParticipantRows {
  /** The person picked from the participant registry (option source "participants", value the PESEL). */
  public static final String REGISTRY_PESEL = "registryPesel";
  public static final String PESEL = "pesel";
  public static final String FIRST_NAME = "firstName";
  public static final String LAST_NAME = "lastName";
  public static final String NOTICE_ACKNOWLEDGED = "noticeAcknowledged";

  /** One row; names are null when not given; {@code row} counts from 1 as the user sees it. */
  public record Entry(int row, String pesel, String firstName, String lastName) {
    String where() {
      return "wiersz " + row;
    }
  }

  /** Rows that can be read and, per row, what is wrong with it (Polish, naming row and column). */
  public record Parsed(List<Entry> entries, List<String> errors) {}

  private ParticipantRows() {}

  public static Parsed parse(Object variable) {
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Map<String, Object>> rows = JsonRows.of(variable);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String where = "wiersz " + (i + 1);
      String picked = JsonRows.text(row, REGISTRY_PESEL);
      String typed = JsonRows.text(row, PESEL);
      if (picked != null && typed != null) {
        errors.add(where + ": wybierz osobę z rejestru albo wpisz PESEL nowej osoby, nie jedno i drugie");
        continue;
      }
      if (picked == null && typed == null) {
        errors.add(where + ", PESEL: wybierz osobę z rejestru albo wpisz PESEL nowej osoby");
        continue;
      }
      String pesel = picked != null ? picked : typed;
      try {
        Pesel.parse(pesel);
      } catch (IllegalArgumentException e) {
        errors.add(where + ", PESEL: " + e.getMessage());
        continue;
      }
      if (!seen.add(pesel)) {
        errors.add(where + ", PESEL: ta osoba jest już w wierszu wyżej");
        continue;
      }
      if (!Boolean.TRUE.equals(row.get(NOTICE_ACKNOWLEDGED))) {
        errors.add(where + ", klauzula informacyjna: uczestnik musi otrzymać i potwierdzić klauzulę informacyjną"
            + " o przetwarzaniu danych osobowych");
        continue;
      }
      entries.add(picked != null ? new Entry(i + 1, pesel, null, null)
          : new Entry(i + 1, pesel, JsonRows.text(row, FIRST_NAME), JsonRows.text(row, LAST_NAME)));
    }
    return new Parsed(List.copyOf(entries), List.copyOf(errors));
  }

  /** PESELs of the withdrawal rows ({@code withdrawals}: {@code {pesel}}), in row order. */
  public static Parsed parsePesels(Object variable) {
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Map<String, Object>> rows = JsonRows.of(variable);
    for (int i = 0; i < rows.size(); i++) {
      String pesel = JsonRows.text(rows.get(i), PESEL);
      String where = "wiersz " + (i + 1);
      if (pesel == null || !Pesel.isValid(pesel)) {
        errors.add(where + ", PESEL: nieprawidłowy numer PESEL");
      } else if (!seen.add(pesel)) {
        errors.add(where + ", PESEL: ta osoba jest już w wierszu wyżej");
      } else {
        entries.add(new Entry(i + 1, pesel, null, null));
      }
    }
    return new Parsed(List.copyOf(entries), List.copyOf(errors));
  }
}
