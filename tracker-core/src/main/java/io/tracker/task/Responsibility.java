package io.tracker.task;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The responsible units (责任单位) of a task, in printed order. */
public record Responsibility(List<ResponsibleUnit> units) {
  public Responsibility {
    units = List.copyOf(requireNonNull(units, "units"));
  }

  /** The first unit with role {@link Role#LEAD}, if one can be told. */
  public Optional<ResponsibleUnit> lead() {
    return units.stream().filter(u -> u.role() == Role.LEAD).findFirst();
  }

  /**
   * Each unit named once, in printed order, with its role in the task: {@link Role#LEAD} if it is
   * named a lead unit anywhere (牵头), else {@link Role#CO} (配合).
   */
  public Map<String, Role> roles() {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (ResponsibleUnit unit : units) {
      roles.merge(unit.name(), unit.role(), (a, b) -> a == Role.LEAD || b == Role.LEAD ? Role.LEAD : Role.CO);
    }
    return roles;
  }

  /** Units with role {@link Role#CO}. */
  public List<ResponsibleUnit> coUnits() {
    return units.stream().filter(u -> u.role() == Role.CO).toList();
  }
}
