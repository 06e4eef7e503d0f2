package pl.vetworkflow.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** People files for the tests (CSV and real XLSX) and a multipart POST of one to the import endpoint. */
final class PeopleFiles {
  static final String HEADER = "imię;nazwisko;e-mail;rola;organizacja";

  private PeopleFiles() {}

  /** One line of a CSV file. */
  record Line(String firstName, String lastName, String email, String role, String organisation) {
    String csv() {
      return String.join(";", firstName, lastName, email, role, organisation);
    }
  }

  static byte[] csv(List<Line> lines) {
    StringBuilder text = new StringBuilder("\uFEFF" + HEADER + "\r\n");
    lines.forEach(l -> text.append(l.csv()).append("\r\n"));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A real XLSX workbook; organisation ids are numeric cells, as Excel stores typed numbers. */
  static byte[] xlsx(List<Line> lines) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Osoby");
      String[] header = HEADER.split(";");
      XSSFRow first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        XSSFRow row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(l.firstName());
        row.createCell(1).setCellValue(l.lastName());
        row.createCell(2).setCellValue(l.email());
        row.createCell(3).setCellValue(l.role());
        if (l.organisation().matches("[0-9]+")) {
          row.createCell(4).setCellValue(Double.parseDouble(l.organisation()));
        } else if (!l.organisation().isEmpty()) {
          row.createCell(4).setCellValue(l.organisation());
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code count} people over the demo registry (8 schools, 6 employers): school coordinators,
   * teachers and employers in turn, every 50th in accounting or the programme office.
   */
  static List<Line> people(String run, int count) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = "p" + i + "." + run + "@people.example";
      Line line;
      if (i % 50 == 49) {
        line = new Line("Barbara", "Księgowa-" + i, email, "księgowość", "");
      } else if (i % 50 == 48) {
        line = new Line("Katarzyna", "Biuro-" + i, email, "Koordynator projektu", "");
      } else {
        line = switch (i % 3) {
          case 0 -> new Line("Łucja", "Żółkiewska-" + i, email, "koordynator szkolny", String.valueOf(i % 8 + 1));
          case 1 -> new Line("Paweł", "Nauczyciel-" + i, email, "nauczyciel", String.valueOf(i % 8 + 1));
          default -> new Line("Zenon", "Pracodawca-" + i, email, "pracodawca", String.valueOf(i % 6 + 1));
        };
      }
      lines.add(line);
    }
    return lines;
  }

  static HttpResponse<String> post(int port, String user, String password, String query, String fileName,
      byte[] content) {
    String boundary = "----vet" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/admin/people/import" + (query == null ? "" : "?" + query)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
