package pl.vetworkflow.engine;

import java.lang.reflect.Field;
import org.springframework.util.ReflectionUtils;

/**
 * Reads and writes private fields of engine commands (each one listed in EngineContractTest): a field
 * gone after an engine upgrade fails loudly, naming the class that must be adapted.
 */
public final class CommandFields {
  private CommandFields() {}

  public static Object read(Object command, String name) {
    Field field = field(command, name);
    return ReflectionUtils.getField(field, command);
  }

  public static void write(Object command, String name, Object value) {
    ReflectionUtils.setField(field(command, name), command, value);
  }

  private static Field field(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      throw new IllegalStateException("Engine class " + command.getClass().getName() + " has no field " + name
          + ": the guard reading it (pl.vetworkflow.engine) must be adapted to this engine version");
    }
    ReflectionUtils.makeAccessible(field);
    return field;
  }
}
