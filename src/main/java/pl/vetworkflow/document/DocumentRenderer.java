package pl.vetworkflow.document;

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
 */
@Component
public class DocumentRenderer {
  private static final String FONT = "DejaVu Sans";

  private final SpringTemplateEngine templates = new SpringTemplateEngine();
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] colourProfile;

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
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      builder.useColorProfile(colourProfile);
      builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT, 400,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT, 700,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.withProducer("vet-workflow");
      builder.withHtmlContent(html, null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Document " + name + " could not be rendered", e);
    }
    return pdf.toByteArray();
  }

  private static byte[] font(String file) {
    try (InputStream in = new ClassPathResource("documents/fonts/" + file).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The font " + file + " is missing from the application", e);
    }
  }
}
