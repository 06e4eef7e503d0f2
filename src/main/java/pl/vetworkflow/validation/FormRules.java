package pl.vetworkflow.validation;

import java.util.Set;

/**
 * Business rules of one or more forms, beyond what the form itself declares (types, required,
 * lengths, ranges, options): a valid PESEL, an end after the start, a known school, hours within the
 * configured limits... Spring beans of this type are picked up by {@link FormValidator}.
 */
public interface FormRules {
  /** The form ids ({@code id} of the .form file) these rules apply to. */
  Set<String> formIds();

  /** Adds a violation for every broken rule; fields already invalid by the form are skipped. */
  void check(FormSubmission submission, Violations violations);
}
