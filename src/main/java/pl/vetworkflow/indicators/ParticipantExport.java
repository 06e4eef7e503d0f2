package pl.vetworkflow.indicators;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.vetworkflow.security.ApiAccess;
import pl.vetworkflow.engine.EngineClock;

/**
 * Participants for the central monitoring system: CSV, UTF-8, semicolon-separated, one row per
 * person, ISO dates. Coordinators only; every export is logged (who, when, how many rows) in the
 * same transaction that reads the data.
 */
@RestController
public class ParticipantExport {
  static final String NAME = "participants";
  static final String[] HEADER = {"pesel", "imie", "nazwisko", "plec", "wiek_w_chwili_przystapienia",
      "wyksztalcenie_isced", "niepelnosprawnosc", "typ_uczestnika", "szkola_id", "szkola_nazwa",
      "data_rozpoczecia_udzialu", "data_zakonczenia_udzialu", "dane_kompletne"};

  private final EngineClock clock;
  private final ExportRepository exports;

  public ParticipantExport(ExportRepository exports, EngineClock clock) {
    this.clock = clock;
    this.exports = exports;
  }

  @GetMapping("/api/exports/participants.csv")
  @Transactional
  public ResponseEntity<byte[]> participants(HttpServletRequest request) {
    String user = (String) request.getAttribute(ApiAccess.USER_ATTRIBUTE);
    StringWriter out = new StringWriter();
    int[] rows = {0};
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
        .setRecordSeparator("\r\n").setHeader(HEADER).get())) {
      exports.participants(rs -> {
        LocalDate start = rs.getDate("first_support_date").toLocalDate();
        Date lastEnd = rs.getDate("last_end");
        String isced = rs.getString("isced_level");
        String disability = rs.getString("disability");
        try {
          csv.printRecord(rs.getString("pesel"), rs.getString("first_name"), rs.getString("last_name"),
              rs.getString("sex"), Period.between(rs.getDate("birth_date").toLocalDate(), start).getYears(),
              isced, disability, rs.getString("participant_type"), rs.getString("school_id"),
              rs.getString("school_name"), start.toString(),
              rs.getLong("running") == 0 && lastEnd != null ? lastEnd.toLocalDate().toString() : "",
              isced != null && disability != null ? "TAK" : "NIE");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        rows[0]++;
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    exports.log(NAME, user, clock.now(), rows[0]);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("uczestnicy-" + clock.today() + ".csv").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
