package pl.vetworkflow.account;

import java.util.List;

/** A people file that cannot be imported; the problems are Polish sentences naming the line. */
public class PeopleFileException extends RuntimeException {
  private final List<String> problems;

  public PeopleFileException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public PeopleFileException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
