package pl.vetworkflow.engine;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** The extension properties ({@code camunda:property}) of a BPMN model element, the way the application's rules read them. */
public final class ModelProperties {
  private ModelProperties() {}

  /** The first value of property {@code name} of {@code element}; null if it has none (or there is no element). */
  public static String of(BaseElement element, String name) {
    return all(element).get(name);
  }

  /** Every property of {@code element} with a name and a value, each name with its first value. */
  public static Map<String, String> all(BaseElement element) {
    Map<String, String> values = new TreeMap<>();
    if (element == null || element.getExtensionElements() == null) {
      return values;
    }
    for (CamundaProperties group : element.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : group.getCamundaProperties()) {
        if (property.getCamundaName() != null && property.getCamundaValue() != null) {
          values.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
        }
      }
    }
    return values;
  }

  /** The process {@code element} belongs to; null outside one. */
  public static Process processOf(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (e != null && !(e instanceof Process)) {
      e = e.getParentElement();
    }
    return (Process) e;
  }
}
