package io.tracker.task;

import static java.util.Objects.requireNonNull;

/**
 * A responsible unit (责任单位) of a task.
 *
 * @param name the resolved organisation name (县交通运输局)
 * @param printed the name as printed in the source, which may be short or split (县交通运输)
 * @param role lead or co-operating
 */
public record ResponsibleUnit(String name, String printed, Role role) {
  public ResponsibleUnit {
    requireNonNull(name, "name");
    requireNonNull(printed, "printed");
    requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("unit name is blank");
    }
  }
}
