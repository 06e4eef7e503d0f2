package pl.vetworkflow.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.validation.PolishDates;

/**
 * Issues a case's document at the step that needs it: renders its template with the case's values,
 * numbers it and stores it with the case, in the transaction of that step (the step rolls back, the
 * document is gone with it). Issued again (a corrected agreement after the case went back a step),
 * it keeps its number and gets the next version; the earlier version stays as it was.
 */
@Component
public class DocumentIssuer {
  /** The subject of a document of which a case has one. */
  static final String WHOLE_CASE = "case";

  private final DocumentRenderer renderer;
  private final DocumentStore store;
  private final CaseNumbers numbers;
  private final EngineClock clock;

  public DocumentIssuer(DocumentRenderer renderer, DocumentStore store, CaseNumbers numbers, EngineClock clock) {
    this.renderer = renderer;
    this.store = store;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Issues the case's one document of {@code kind}. */
  public Document issue(DelegateExecution execution, DocumentKind kind, Map<String, Object> values) {
    return issue(execution, kind, WHOLE_CASE, null, values);
  }

  /**
   * Issues a document of {@code kind} about {@code subject} (e.g. the certificate of one course
   * participant; {@code about} names it in the title).
   */
  public Document issue(DelegateExecution execution, DocumentKind kind, String subject, String about,
      Map<String, Object> values) {
    if (!kind.issued()) {
      throw new IllegalArgumentException(kind + " is attached by people, not issued");
    }
    DelegateExecution root = CaseOf.root(execution);
    String caseNumber = root.getProcessBusinessKey();
    var earlier = store.latest(root.getProcessInstanceId(), kind, subject);
    String number = earlier.map(Document::number).orElseGet(() -> numbers.next(kind.numberPrefix()));
    int version = earlier.map(d -> d.version() + 1).orElse(1);
    Map<String, Object> model = new LinkedHashMap<>(values);
    model.put("documentNumber", number);
    model.put("documentVersion", version);
    model.put("caseNumber", caseNumber);
    model.put("issuedOn", PolishDates.format(clock.today()));
    model.put("documentTitle", kind.label());
    byte[] pdf = renderer.render(kind.template(), model);
    String title = kind.label() + " nr " + number + (about == null ? "" : " – " + about)
        + (version > 1 ? " (wersja " + version + ")" : "");
    String fileName = number.replace('/', '-') + (version > 1 ? "-v" + version : "") + ".pdf";
    return store.insert(new DocumentStore.NewDocument(caseNumber, root.getProcessInstanceId(), kind, true, title,
        number, subject, version, fileName, "application/pdf", pdf, Sha256.hex(pdf), null,
        null, execution.getCurrentActivityName(), clock.now()));
  }
}
