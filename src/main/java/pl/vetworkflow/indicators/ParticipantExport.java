package pl.vetworkflow.indicators;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.security.ApiAccess;

/**
 * The participants for the central monitoring system SM EFS, in the configured layout
 * ({@link ExportLayout}, {@code vet.export.participants}): one row per person and form of support (a
 * person without any has one row with the support's cells empty), as XLSX or as CSV (UTF-8 with a
 * byte-order mark, {@code ;}, CRLF; no cell Excel would run as a formula). A person whose monitoring data is incomplete is exported with
 * those cells empty. Coordinators only (security.ApiAccessConfiguration); every export is logged
 * (who, when, rows, format, headers) in the transaction that reads the data. Nothing personal goes
 * into a URL or a log line.
 */
@RestController
public class ParticipantExport {
  static final String NAME = "participants";
  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final String SHEET = "Uczestnicy";

  private final EngineClock clock;
  private final ExportRepository exports;
  private final ExportLayout layout;

  public ParticipantExport(ExportRepository exports, ExportLayout layout, EngineClock clock) {
    this.clock = clock;
    this.exports = exports;
    this.layout = layout;
  }

  @GetMapping("/api/exports/participants.csv")
  @Transactional
  public ResponseEntity<byte[]> csv(HttpServletRequest request) {
    List<List<Object>> rows = rows();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
          .setRecordSeparator("\r\n").setHeader(layout.headers().toArray(String[]::new)).get())) {
        for (List<Object> row : rows) {
          csv.printRecord(row.stream().map(ParticipantExport::csvSafe).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(request, "csv", rows.size(), new MediaType("text", "csv", StandardCharsets.UTF_8),
        bytes.toByteArray());
  }

  @GetMapping("/api/exports/participants.xlsx")
  @Transactional
  public ResponseEntity<byte[]> xlsx(HttpServletRequest request) {
    List<List<Object>> rows = rows();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(SHEET);
      // text cells: PESEL, postal codes and phone numbers keep their leading zeros, dates their format
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      // the age: a number (General), aligned like the texts around it
      CellStyle number = workbook.createCellStyle();
      number.setAlignment(HorizontalAlignment.LEFT);
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      List<String> headers = layout.headers();
      Row first = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = first.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(header);
        sheet.setColumnWidth(c, width(headers.get(c), rows, c) * 256);
        if (layout.columns().get(c).source() != ExportSource.AGE) {
          sheet.setDefaultColumnStyle(c, text);
        }
      }
      sheet.getPrintSetup().setLandscape(true);
      sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
      sheet.createFreezePane(0, 1);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Cell cell = row.createCell(c);
          if (values.get(c) instanceof Integer age) {
            cell.setCellValue(age);
            cell.setCellStyle(number);
          } else {
            cell.setCellValue((String) values.get(c));
            cell.setCellStyle(text);
          }
        }
      }
      workbook.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(request, "xlsx", rows.size(), XLSX, bytes.toByteArray());
  }

  /**
   * A CSV cell Excel would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
   * gets a leading apostrophe, unless it is only digits, spaces, brackets, {@code +} and {@code -} (a
   * phone number such as "+48 77 400 10 20", which stays as it is). The registry's data cannot
   * legitimately start so otherwise; the XLSX needs nothing, its cells are texts.
   */
  static Object csvSafe(Object cell) {
    if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !PHONE_LIKE.matcher(text).matches()) {
      return "'" + text;
    }
    return cell;
  }

  private static final Pattern PHONE_LIKE = Pattern.compile("[+-]?[0-9 ()-]+");

  /**
   * Characters wide: the longest value of the column, at least the header's longest word and up to 30
   * characters of the header (the header wraps), at most 60.
   */
  private static int width(String header, List<List<Object>> rows, int column) {
    int widest = Math.min(30, header.length());
    for (String word : header.split("\\s+")) {
      widest = Math.max(widest, word.length());
    }
    for (List<Object> row : rows) {
      widest = Math.max(widest, row.get(column).toString().length());
    }
    return Math.min(60, widest + 2);
  }

  /** The cells of every row: texts ({@code ""} = empty) and numbers. */
  private List<List<Object>> rows() {
    List<List<Object>> rows = new ArrayList<>();
    for (ExportRepository.Person person : exports.persons()) {
      if (person.supports().isEmpty()) {
        rows.add(row(new ExportSource.Line(person, null)));
      }
      for (ExportRepository.Support support : person.supports()) {
        rows.add(row(new ExportSource.Line(person, support)));
      }
    }
    return rows;
  }

  private List<Object> row(ExportSource.Line line) {
    return layout.columns().stream().map(column -> layout.cell(column, line)).toList();
  }

  private ResponseEntity<byte[]> file(HttpServletRequest request, String format, int rows, MediaType type,
      byte[] body) {
    String user = (String) request.getAttribute(ApiAccess.USER_ATTRIBUTE);
    exports.log(NAME, user, clock.now(), rows, format, layout.headers());
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("uczestnicy-" + clock.today() + "." + format).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
