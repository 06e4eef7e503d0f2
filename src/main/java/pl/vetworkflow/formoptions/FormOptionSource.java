package pl.vetworkflow.formoptions;

import java.util.List;

/**
 * The choices a field offers, taken from the programme's registries and depending on the user. A
 * form component names its source with the custom property {@code vet.options}; the deployed form
 * a user fetches lists exactly these choices ({@link DeployedFormOptionsFilter}) and the server
 * accepts nothing else ({@code FormValidator}).
 */
public interface FormOptionSource {
  /** The value of {@code vet.options} that names this source, e.g. {@code schools}. */
  String name();

  /** The choices for this user, in the order shown. */
  List<FormOption> options(FormUser user);

  /** Whether the user may submit this value (by default: it is one of their choices). */
  default boolean allows(FormUser user, String value) {
    return options(user).stream().anyMatch(o -> o.value().equals(value));
  }

  /**
   * Whether a user left with exactly one choice gets it preselected and read-only (a school
   * coordinator's own school), rather than a list of one to pick from.
   */
  default boolean preselectsSingleChoice() {
    return false;
  }

  /** The Polish message for a value this user may not submit. */
  String refusal(FormUser user, String value);
}
