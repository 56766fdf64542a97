package io.tracker.task;

import static java.util.Objects.requireNonNull;

import java.util.List;
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

  /** Units with role {@link Role#CO}. */
  public List<ResponsibleUnit> coUnits() {
    return units.stream().filter(u -> u.role() == Role.CO).toList();
  }
}
