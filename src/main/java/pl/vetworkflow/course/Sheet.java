package pl.vetworkflow.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table typed (or pasted from a spreadsheet) into one text field: one row a line, columns separated
 * by semicolons or tabs. Blank lines and lines starting with {@code #} (a header or a remark) are
 * skipped; line numbers are those the user sees (1 = first line).
 */
final class Sheet {
  record Row(int line, List<String> cells) {
    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }

  private Sheet() {}

  static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    if (text == null) {
      return rows;
    }
    String[] lines = text.split("\\r?\\n|\\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.split("[;\\t]", -1)).map(String::strip).toList();
      rows.add(new Row(i + 1, cells));
    }
    return rows;
  }
}
