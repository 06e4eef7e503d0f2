package pl.vetworkflow.account;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the people file the programme office keeps: CSV (UTF-8, semicolons) or XLSX (the first
 * sheet), a header row naming the columns {@value #HEADER_TEXT} in any order (any case, with or
 * without Polish letters), then one row per person and role. Only reads: what the rows mean is
 * checked by {@link PeopleImport}.
 */
public final class PeopleFile {
  static final String HEADER_TEXT = "imię; nazwisko; e-mail; rola; organizacja";
  static final String FIRST_NAME = "imie";
  static final String LAST_NAME = "nazwisko";
  static final String EMAIL = "email";
  static final String ROLE = "rola";
  static final String ORGANISATION = "organizacja";
  private static final List<String> COLUMNS = List.of(FIRST_NAME, LAST_NAME, EMAIL, ROLE, ORGANISATION);
  private static final Map<String, String> POLISH_COLUMN = Map.of(FIRST_NAME, "imię", LAST_NAME, "nazwisko",
      EMAIL, "e-mail", ROLE, "rola", ORGANISATION, "organizacja");
  private static final int MAX_ROWS = 20_000;

  /** One row as written, with the line it is on (1 = the header). */
  public record Row(int line, String firstName, String lastName, String email, String role, String organisation) {}

  private PeopleFile() {}

  /** The rows of the file; an XLSX file is recognised by its content (a ZIP), anything else is CSV. */
  public static List<Row> read(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new PeopleFileException("Plik jest pusty.");
    }
    boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls") && !zip) {
      throw new PeopleFileException("Plik w starym formacie Excela (.xls) nie jest obsługiwany: zapisz go jako .xlsx lub CSV (UTF-8, średniki).");
    }
    return zip ? readXlsx(content) : readCsv(content);
  }

  private static List<Row> readCsv(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new PeopleFileException("Plik nie jest zapisany w kodowaniu UTF-8 (np. zapisany w Excelu jako"
          + " „CSV” zamiast „CSV UTF-8”): zapisz go w UTF-8 i spróbuj ponownie.");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      int[] lineEnds = lineEnds(text);
      Map<String, Integer> columns = null;
      List<Row> rows = new ArrayList<>();
      while (true) {
        long before = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
          throw new PeopleFileException("Wiersz " + (before + 1) + ": nie da się odczytać (niezamknięty cudzysłów?).");
        }
        int line = lineOf(lineEnds, record.getCharacterPosition());
        List<String> cells = record.toList();
        if (columns == null) {
          columns = header(cells, line);
          continue;
        }
        rows.add(row(line, cells, columns));
        if (rows.size() > MAX_ROWS) {
          throw new PeopleFileException("Plik ma więcej niż " + MAX_ROWS + " wierszy.");
        }
      }
      if (columns == null) {
        throw new PeopleFileException("Plik jest pusty.");
      }
      return rows;
    } catch (IOException e) {
      throw new PeopleFileException("Nie da się odczytać pliku: " + e.getMessage());
    }
  }

  /** The line (1-based) of a character offset: binary search over the offsets of the line ends. */
  private static int lineOf(int[] lineEnds, long offset) {
    int index = java.util.Arrays.binarySearch(lineEnds, (int) offset);
    return (index >= 0 ? index : -index - 1) + 1;
  }

  private static int[] lineEnds(String text) {
    return java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
  }

  private static List<Row> readXlsx(byte[] content) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new PeopleFileException("Plik jest pusty.");
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("pl-PL"));
      Map<String, Integer> columns = null;
      List<Row> rows = new ArrayList<>();
      for (org.apache.poi.ss.usermodel.Row sheetRow : sheet) {
        List<String> cells = new ArrayList<>();
        short last = sheetRow.getLastCellNum();
        for (int c = 0; c < last; c++) {
          Cell cell = sheetRow.getCell(c, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        int line = sheetRow.getRowNum() + 1;
        if (columns == null) {
          columns = header(cells, line);
          continue;
        }
        rows.add(row(line, cells, columns));
        if (rows.size() > MAX_ROWS) {
          throw new PeopleFileException("Plik ma więcej niż " + MAX_ROWS + " wierszy.");
        }
      }
      if (columns == null) {
        throw new PeopleFileException("Plik jest pusty.");
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof PeopleFileException p) {
        throw p;
      }
      throw new PeopleFileException("Nie da się odczytać pliku XLSX (uszkodzony albo nie jest arkuszem Excela).");
    }
  }

  private static Map<String, Integer> header(List<String> cells, int line) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String key = PersonRole.key(cells.get(i)).replaceAll("[^a-z]", "");
      if (COLUMNS.contains(key) && columns.putIfAbsent(key, i) != null) {
        throw new PeopleFileException("Wiersz " + line + ": kolumna „" + POLISH_COLUMN.get(key) + "” występuje dwa razy.");
      }
    }
    List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).map(POLISH_COLUMN::get).toList();
    if (!missing.isEmpty()) {
      boolean oneCell = cells.size() == 1 && cells.get(0).contains(",");
      throw new PeopleFileException("Wiersz " + line + ": brak kolumn " + String.join(", ", missing)
          + " w nagłówku (potrzebne: " + HEADER_TEXT + ")"
          + (oneCell ? "; czy kolumny są rozdzielone średnikami (;)?" : "."));
    }
    return columns;
  }

  private static Row row(int line, List<String> cells, Map<String, Integer> columns) {
    return new Row(line, cell(cells, columns.get(FIRST_NAME)), cell(cells, columns.get(LAST_NAME)),
        cell(cells, columns.get(EMAIL)), cell(cells, columns.get(ROLE)), cell(cells, columns.get(ORGANISATION)));
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
  }
}
