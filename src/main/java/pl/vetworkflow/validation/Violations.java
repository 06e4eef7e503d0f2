package pl.vetworkflow.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the invalid fields of one submission. */
public final class Violations {
  private final List<Violation> list = new ArrayList<>();

  public void add(String field, String message) {
    list.add(new Violation(field, message));
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
