package pl.vetworkflow.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects the invalid fields of one submission, each named by its label in the form. */
public final class Violations {
  private final List<Violation> list = new ArrayList<>();
  private final Function<String, String> labels;

  /** Violations of a form whose labels are not known (messages then name the variable). */
  public Violations() {
    this(key -> null);
  }

  public Violations(Function<String, String> labels) {
    this.labels = labels;
  }

  public void add(String field, String message) {
    list.add(new Violation(field, labels.apply(field), message));
  }

  /** Whether a field is already reported (rules skip fields the form check has rejected). */
  public boolean has(String field) {
    return list.stream().anyMatch(v -> v.field().equals(field));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Violation> list() {
    return List.copyOf(list);
  }
}
