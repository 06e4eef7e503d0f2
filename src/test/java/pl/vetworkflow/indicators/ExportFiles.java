package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The participants export's files read back: every row (the header first) as the texts of its cells. */
final class ExportFiles {
  private ExportFiles() {}

  /** The CSV: UTF-8 starting with a byte-order mark, {@code ;}, CRLF after every record. */
  static List<List<String>> csv(byte[] body) throws IOException {
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      for (CSVRecord record : csv) {
        rows.add(record.toList());
      }
    }
    return rows;
  }

  /**
   * The XLSX's one sheet "Uczestnicy"; {@code numericColumn} (or -1) is the column whose cells below
   * the header must be numbers, every other cell is a text.
   */
  static List<List<String>> xlsx(byte[] body, int numericColumn) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheet("Uczestnicy");
      assertThat(sheet).isNotNull();
      DataFormatter formatter = new DataFormatter();
      int width = sheet.getRow(0).getLastCellNum();
      for (Row row : sheet) {
        assertThat((int) row.getLastCellNum()).as("cells of row " + row.getRowNum()).isEqualTo(width);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          Cell cell = row.getCell(c);
          CellType expected = row.getRowNum() > 0 && c == numericColumn ? CellType.NUMERIC : CellType.STRING;
          assertThat(cell.getCellType()).as("type of cell " + row.getRowNum() + "/" + c).isEqualTo(expected);
          if (row.getRowNum() > 0) {
            // texts stay texts when the office edits them in Excel (PESEL, postal codes, dates)
            assertThat(cell.getCellStyle().getDataFormatString()).as("format of cell " + row.getRowNum() + "/" + c)
                .isEqualTo(expected == CellType.STRING ? "@" : "General");
          }
          cells.add(formatter.formatCellValue(cell));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
