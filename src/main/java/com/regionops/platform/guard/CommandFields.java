package com.regionops.platform.guard;

import java.lang.reflect.Field;

/**
 * Reads and replaces the arguments Camunda's task commands were built with. Camunda offers no
 * accessors for them; a field that moves in an upgrade fails loudly, naming the plugin to review.
 */
final class CommandFields {

  private CommandFields() {
  }

  static Object read(Object command, String name, Class<?> reviewer) {
    try {
      return field(command.getClass(), name).get(command);
    } catch (ReflectiveOperationException e) {
      throw changed(command, reviewer, e);
    }
  }

  static void replace(Object command, String name, Object value, Class<?> reviewer) {
    try {
      field(command.getClass(), name).set(command, value);
    } catch (ReflectiveOperationException e) {
      throw changed(command, reviewer, e);
    }
  }

  /** Declared on the command's class or inherited: ResolveTaskCmd keeps CompleteTaskCmd's taskId. */
  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }

  private static IllegalStateException changed(Object command, Class<?> reviewer, Exception cause) {
    return new IllegalStateException("Camunda changed " + command.getClass().getSimpleName() + ": review "
        + reviewer.getSimpleName(), cause);
  }
}
