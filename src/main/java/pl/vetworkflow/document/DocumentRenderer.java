package pl.vetworkflow.document;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Turns a template ({@code <name>.html}, Thymeleaf, XHTML) and the case's values into a PDF/A-2u
 * document with DejaVu Sans embedded, so that Polish letters print the same everywhere. Templates
 * come from {@link DocumentSettings#templateFolder()} first (read anew on every use, so that a
 * change there applies to the next document), then from the shipped ones.
 *
 * <p>The fonts are parsed once and reused: parsing DejaVu Sans took about a third of a document's
 * rendering. A parsed font reads its glyphs from its own buffer and is not safe for two renderings at
 * once, so each rendering borrows a parsed pair from a pool (a new one when all are in use) and gives
 * it back; every document still embeds its own subset of the glyphs it uses.
 */
@Component
public class DocumentRenderer {
  private static final String FONT = "DejaVu Sans";

  private final SpringTemplateEngine templates = new SpringTemplateEngine();
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] colourProfile;
  private final Queue<Fonts> parsedFonts = new ConcurrentLinkedQueue<>();

  public DocumentRenderer(DocumentSettings settings) {
    com.openhtmltopdf.util.XRLog.setLoggerImpl(new RendererLog());
    int order = 1;
    if (settings.templateFolder() != null && !settings.templateFolder().isBlank()) {
      FileTemplateResolver folder = new FileTemplateResolver();
      folder.setPrefix(settings.templateFolder().endsWith("/") ? settings.templateFolder()
          : settings.templateFolder() + "/");
      folder.setSuffix(".html");
      folder.setTemplateMode(TemplateMode.HTML);
      folder.setCharacterEncoding(StandardCharsets.UTF_8.name());
      folder.setCheckExistence(true);
      folder.setCacheable(false);
      folder.setOrder(order++);
      templates.addTemplateResolver(folder);
    }
    ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver();
    shipped.setPrefix("documents/templates/");
    shipped.setSuffix(".html");
    shipped.setTemplateMode(TemplateMode.HTML);
    shipped.setCharacterEncoding(StandardCharsets.UTF_8.name());
    shipped.setCheckExistence(true);
    shipped.setOrder(order);
    // with a folder, a template added there later must win over a shipped one cached before
    shipped.setCacheable(order == 1);
    templates.addTemplateResolver(shipped);
    this.regular = font("DejaVuSans.ttf");
    this.bold = font("DejaVuSans-Bold.ttf");
    this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /** The PDF of template {@code name} filled with {@code values}. */
  public byte[] render(String name, Map<String, Object> values) {
    String html = templates.process(name, new Context(Locale.forLanguageTag("pl-PL"), values));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Fonts fonts = borrowFonts();
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.useFastMode();
      builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      builder.useColorProfile(colourProfile);
      builder.useFont(new EmbeddedSubset(document, fonts.regular()), FONT, 400,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(new EmbeddedSubset(document, fonts.bold()), FONT, 700,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.withProducer("vet-workflow");
      builder.withHtmlContent(html, null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Document " + name + " could not be rendered", e);
    } finally {
      parsedFonts.add(fonts);
    }
    return pdf.toByteArray();
  }

  private Fonts borrowFonts() {
    Fonts fonts = parsedFonts.poll();
    return fonts != null ? fonts : new Fonts(parse(regular), parse(bold));
  }

  private static TrueTypeFont parse(byte[] ttf) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    } catch (IOException e) {
      throw new UncheckedIOException("The font shipped with the application is unreadable", e);
    }
  }

  /** DejaVu Sans regular and bold, parsed; used by one rendering at a time. */
  private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {}

  /**
   * A parsed font embedded in one document as a subset, as {@code PDType0Font.load(document, stream,
   * true)} does, without parsing it again; created when the layout first needs it (a template that
   * never uses bold embeds no bold). The document does not close the shared font.
   */
  private static final class EmbeddedSubset extends PDFontSupplier {
    private final PDDocument document;
    private final TrueTypeFont font;
    private PDFont embedded;

    EmbeddedSubset(PDDocument document, TrueTypeFont font) {
      super(null);
      this.document = document;
      this.font = font;
    }

    @Override
    public PDFont supply() {
      if (embedded == null) {
        try {
          embedded = PDType0Font.load(document, font, true);
        } catch (IOException e) {
          throw new UncheckedIOException("The font could not be embedded", e);
        }
      }
      return embedded;
    }
  }

  private static byte[] font(String file) {
    try (InputStream in = new ClassPathResource("documents/fonts/" + file).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The font " + file + " is missing from the application", e);
    }
  }
}
