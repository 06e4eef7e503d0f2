package pl.vetworkflow.validation;

import java.util.List;

/**
 * What a step needs attached before it may be completed, named by a user-task extension property
 * ({@link #property()}); implemented by the case documents. {@link FormSubmissionGuard} reports
 * what is missing with the form's own errors.
 */
public interface RequiredAttachments {

  /** The extension property naming what a task needs, e.g. {@code vet.requiresDocument}. */
  String property();

  /** The Polish names of what task {@code taskId} still needs of what {@code value} names. */
  List<String> missing(String taskId, String value);
}
