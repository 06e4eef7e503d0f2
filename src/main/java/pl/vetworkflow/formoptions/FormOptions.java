package pl.vetworkflow.formoptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Fills the select fields of a Camunda Form from the registries, for one user. A component opts in
 * with the custom property {@code "properties": {"vet.options": "<source>"}}; it then gets the
 * source's choices for that user as static {@code values}. Where the source says so and the user has
 * exactly one choice (a school coordinator's own school), it is preselected and read-only: shown,
 * not typed, not changeable.
 */
@Component
public class FormOptions {
  public static final String PROPERTY = "vet.options";

  private final Map<String, FormOptionSource> sources;

  public FormOptions(List<FormOptionSource> sources) {
    this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(FormOptionSource::name, Function.identity()));
  }

  /** The source a form component names, or null. */
  public static String sourceName(JsonNode component) {
    JsonNode name = component.path("properties").path(PROPERTY);
    return name.isTextual() ? name.asText() : null;
  }

  public FormOptionSource source(String name) {
    FormOptionSource source = sources.get(name);
    if (source == null) {
      throw new IllegalArgumentException("Unknown option source '" + name + "' (known: " + sources.keySet() + ")");
    }
    return source;
  }

  /** Writes each opted-in component's choices for {@code user} into the form (changed in place). */
  public void personalize(JsonNode form, FormUser user) {
    for (JsonNode component : form.path("components")) {
      if (component instanceof ObjectNode c) {
        personalizeComponent(c, user);
      }
    }
  }

  private void personalizeComponent(ObjectNode component, FormUser user) {
    String name = sourceName(component);
    if (name != null) {
      FormOptionSource source = source(name);
      List<FormOption> options = source.options(user);
      ArrayNode values = component.putArray("values");
      for (FormOption option : options) {
        values.addObject().put("label", option.label()).put("value", option.value());
      }
      component.remove("valuesKey");
      component.remove("valuesExpression");
      if (options.size() == 1 && source.preselectsSingleChoice() && !component.path("readonly").asBoolean(false)) {
        component.put("defaultValue", options.get(0).value());
        component.put("readonly", true);
        component.remove("searchable");
        component.remove("description"); // it tells how to search the list
      }
    }
    for (JsonNode child : component.path("components")) {
      if (child instanceof ObjectNode c) {
        personalizeComponent(c, user);
      }
    }
  }
}
