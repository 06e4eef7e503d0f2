package pl.vetworkflow.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as a reader would: its text (whitespace made single spaces), metadata and fonts. */
public final class PdfText {
  private PdfText() {}

  /** The text of every page, runs of whitespace as one space. */
  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a PDF under target/documents/ to look at (pdftoppm), returns it. */
  public static byte[] keep(String name, byte[] pdf) {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
      java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SHA-256 of a file, hex, as the documents list it. */
  public static String sha256(byte[] content) {
    return Sha256.hex(content);
  }

  /** The document's title in its metadata. */
  public static String title(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocumentInformation().getTitle();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the XMP metadata declares PDF/A part 2 and every font of the first page is embedded. */
  public static boolean pdfA2WithEmbeddedFonts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var metadata = document.getDocumentCatalog().getMetadata();
      if (metadata == null) {
        return false;
      }
      String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      if (!xmp.contains("pdfaid:part") || !(xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\""))) {
        return false;
      }
      PDPage page = document.getPage(0);
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        if (!font.isEmbedded()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
