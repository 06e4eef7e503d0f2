package pl.vetworkflow.document;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.vetworkflow.engine.EngineClock;

/**
 * A file a person attaches to a case: a PDF, JPEG or PNG, told by its content (not by its name or
 * what the browser says), not empty, not larger than {@link DocumentSettings#maxFileSize()}, a PDF
 * that opens. A refused file is not stored; the Polish message names the file and what is wrong.
 */
@Component
public class Attachments {
  private static final Map<String, String> ACCEPTED = Map.of("application/pdf", "PDF", "image/jpeg", "JPEG",
      "image/png", "PNG");
  private static final Map<String, String> DETECTED_NAMES = Map.of("text/plain", "zwykły tekst",
      "application/octet-stream", "nieznany rodzaj danych", "application/zip", "archiwum ZIP",
      "application/x-tika-ooxml", "dokument Office", "application/x-tika-msoffice", "dokument Office",
      "image/gif", "obraz GIF", "text/html", "strona HTML");

  private final Tika tika = new Tika();
  private final DocumentStore store;
  private final DocumentSettings settings;
  private final EngineClock clock;

  public Attachments(DocumentStore store, DocumentSettings settings, EngineClock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Stores {@code content} as a document of {@code kindName} of the case, attached by {@code userId}
   * (during the task {@code taskId} named {@code taskName}, if any).
   *
   * @throws DocumentRefused what is wrong, in Polish; nothing is stored
   */
  @Transactional
  public Document attach(CaseRef target, String kindName, String originalName, byte[] content, String userId,
      String taskId, String taskName) {
    String name = fileName(originalName);
    DocumentKind kind = kindName == null ? null : DocumentKind.byName(kindName).orElse(null);
    if (kind == null || !DocumentKind.attachableIn(target.processKey()).contains(kind)) {
      throw new DocumentRefused("„Rodzaj dokumentu”: wybierz rodzaj dołączanego dokumentu z listy.");
    }
    if (content == null || content.length == 0) {
      throw new DocumentRefused("„Plik”: plik „" + name + "” jest pusty. Wybierz plik ze skanem dokumentu.");
    }
    long limit = settings.maxFileSize().toBytes();
    if (content.length > limit) {
      throw new DocumentRefused("„Plik”: plik „" + name + "” ma " + megabytes(content.length)
          + ", a dołączyć można plik do " + megabytes(limit) + ". Zeskanuj dokument w niższej rozdzielczości.");
    }
    String type = tika.detect(content);
    if (!ACCEPTED.containsKey(type)) {
      throw new DocumentRefused("„Plik”: plik „" + name + "” nie jest plikiem PDF, JPEG ani PNG (rozpoznano: "
          + DETECTED_NAMES.getOrDefault(type, type) + "). Dołącz skan jako PDF, JPEG lub PNG.");
    }
    if (type.equals("application/pdf")) {
      try (var pdf = Loader.loadPDF(content)) {
        if (pdf.getNumberOfPages() == 0) {
          throw new DocumentRefused("„Plik”: plik PDF „" + name + "” nie ma żadnej strony.");
        }
      } catch (IOException e) {
        throw new DocumentRefused("„Plik”: plik PDF „" + name + "” jest uszkodzony i nie daje się otworzyć.");
      }
    }
    return store.insert(new DocumentStore.NewDocument(target.caseNumber(), target.processInstanceId(), kind, false,
        kind.label() + " – " + name, null, null, 1, name, type, content, Sha256.hex(content), userId, taskId, taskName,
        clock.now()));
  }

  /** The name without any folder, control characters or quotes, at most 200 characters. */
  static String fileName(String original) {
    String name = original == null ? "" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "plik";
    }
    return name.length() <= 200 ? name : name.substring(name.length() - 200);
  }

  static String megabytes(long bytes) {
    DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl-PL")));
    return format.format(bytes / (1024.0 * 1024.0)) + " MB";
  }
}
