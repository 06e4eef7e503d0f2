package pl.vetworkflow.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A form being submitted, after the form's own checks: the submitted values (normalised: numbers of
 * integer fields are Long, dates ISO strings) and, for a task, the case's current variables.
 *
 * @param formId the form's id
 * @param submitted what the client sent, normalised
 * @param current variables of the process instance before this submission (empty at start)
 * @param userId the authenticated user, null when the engine is called without one (internal calls)
 * @param groupIds that user's groups
 */
public record FormSubmission(String formId, Map<String, Object> submitted, Map<String, Object> current,
    String userId, List<String> groupIds) {

  /** The value the case will have after this submission: the submitted one, else the current one. */
  public Object value(String key) {
    return submitted.containsKey(key) ? submitted.get(key) : current.get(key);
  }

  public String text(String key) {
    Object v = value(key);
    return v == null || v.toString().isBlank() ? null : v.toString().trim();
  }

  public LocalDate date(String key) {
    Object v = value(key);
    return v == null || v.toString().isBlank() ? null : LocalDate.parse(v.toString().substring(0, 10));
  }

  public Long number(String key) {
    Object v = value(key);
    return v instanceof Number n ? n.longValue() : null;
  }

  /** The rows of a list field (validated and normalised when submitted, else as stored). */
  public List<Map<String, Object>> rows(String key) {
    return JsonRows.of(value(key));
  }

  public boolean isTrue(String key) {
    return Boolean.TRUE.equals(value(key));
  }

  public boolean authenticated() {
    return userId != null;
  }

  public boolean inGroup(String groupId) {
    return groupIds != null && groupIds.contains(groupId);
  }
}
