package pl.vetworkflow.document;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import pl.vetworkflow.validation.RequiredAttachments;

/**
 * Steps that cannot be completed without a scan: a user task names the kind in its extension
 * property {@value #PROPERTY} (e.g. {@code SIGNED_AGREEMENT}), and one of that kind must have been
 * attached during that very task, from its "Dokumenty" tab (the school's scan does not complete the
 * employer's signature step that runs beside it, nor does a scan from an earlier round). Checked
 * before completion with the form ({@code validation.FormSubmissionGuard}).
 */
@Component
public class RequiredDocuments implements RequiredAttachments {
  public static final String PROPERTY = "vet.requiresDocument";

  private final DocumentStore store;

  public RequiredDocuments(DocumentStore store) {
    this.store = store;
  }

  @Override
  public String property() {
    return PROPERTY;
  }

  /** The labels of the kinds named by {@code value} (comma-separated) not attached during task {@code taskId}. */
  @Override
  public List<String> missing(String taskId, String value) {
    return kinds(value).stream().filter(kind -> !store.attachedDuring(taskId, kind)).map(DocumentKind::label).toList();
  }

  /** The kinds a {@value #PROPERTY} value names; an unknown name is a modelling error. */
  public static List<DocumentKind> kinds(String property) {
    if (property == null || property.isBlank()) {
      return List.of();
    }
    return Arrays.stream(property.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(name -> DocumentKind.byName(name)
            .filter(k -> !k.issued())
            .orElseThrow(() -> new IllegalStateException(PROPERTY + " names no attachable document kind: " + name)))
        .toList();
  }
}
