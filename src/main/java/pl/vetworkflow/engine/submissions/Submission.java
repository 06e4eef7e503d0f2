package pl.vetworkflow.engine.submissions;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import pl.vetworkflow.engine.Caller;

/**
 * A form submission the engine is about to act on: the start of an instance ({@code task} null) or
 * the completion of a user task, with the variables submitted (the names of transient ones apart).
 * {@code caller} is null for the application's own calls.
 */
public record Submission(ProcessModel definition, Task task, Map<String, Object> values, Set<String> transientNames,
    Caller caller) {

  /** The user task being completed; its case's current variables are read only when asked for. */
  public record Task(String id, String name, String definitionKey, Supplier<Map<String, Object>> currentVariables) {}
}
