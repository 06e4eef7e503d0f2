package pl.vetworkflow.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.document.CaseRef;
import pl.vetworkflow.document.Document;
import pl.vetworkflow.document.DocumentKind;

/** Scans as people attach them: a small real PDF, and attaching one to a task the way its tab does. */
public final class Scans {
  private Scans() {}

  /** A one-page PDF saying {@code text} (ASCII). */
  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Attaches a scan of {@code kind} to the case of task {@code taskId} during that task, as
   * {@code userId} would from the task's "Dokumenty" tab.
   */
  public static Document attach(Attachments attachments, TaskService tasks, HistoryService history, String taskId,
      DocumentKind kind, String userId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    HistoricProcessInstance root = history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getRootProcessInstanceId()).singleResult();
    return attachments.attach(new CaseRef(root.getId(), root.getBusinessKey(), root.getProcessDefinitionKey()),
        kind.name(), "skan-" + kind.name().toLowerCase() + ".pdf", pdf("Scan: " + kind.name() + " " + task.getName()
            .replaceAll("[^\\x20-\\x7E]", "?")), userId, taskId, task.getName());
  }
}
