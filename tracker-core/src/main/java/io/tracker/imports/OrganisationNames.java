package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The organisation names (单位) printed in full in one document, and the resolution of names the
 * same document prints short or split against them.
 *
 * <p>A name is printed in full when it ends with a unit suffix (局, 委, 办, 中心, 镇, 街道, 分局 …)
 * after at least one other character. A short form resolves to the one full name it abbreviates:
 * 县交通运输 → 县交通运输局 and 县住建 → 县住建局 (suffix dropped), 园区管委会 → 县园区管委会 and
 * 住建局 → 县住建局 (level prefix 县/市 dropped). Resolution only ever returns a name printed in the
 * document or the printed text itself; it never invents one.
 */
final class OrganisationNames {
  /** Endings of organisation names, longest first so that 分局 is tried before 局. */
  static final List<String> SUFFIXES = List.of(
      "各部门", "办事处", "管委会", "委员会", "分局", "中心", "街道", "部门", "公司", "集团",
      "局", "委", "办", "社", "镇", "部", "会", "联", "院", "所", "站", "队", "乡", "处", "室", "馆", "厅");

  /** Administrative level prefixes a short form may drop: 县园区管委会 printed 园区管委会. */
  private static final List<String> LEVEL_PREFIXES = List.of("县", "市");

  private static final List<String> OPTIONAL_PREFIXES = List.of("", "县", "市");

  private final Set<String> fullNames;

  private OrganisationNames(Set<String> fullNames) {
    this.fullNames = fullNames;
  }

  /** The full names among {@code printed}: those with a unit suffix. */
  static OrganisationNames of(Collection<String> printed) {
    Set<String> full = new LinkedHashSet<>();
    for (String name : requireNonNull(printed, "printed")) {
      if (hasUnitSuffix(name)) {
        full.add(name);
      }
    }
    return new OrganisationNames(Set.copyOf(full));
  }

  /** Whether {@code name} ends with a unit suffix after at least one other character. */
  static boolean hasUnitSuffix(String name) {
    return SUFFIXES.stream().anyMatch(s -> name.length() > s.length() && name.endsWith(s));
  }

  /** Whether {@code name} is printed in full in the document. */
  boolean isPrinted(String name) {
    return fullNames.contains(name);
  }

  /** Whether {@code name} reads as an organisation: it has a unit suffix or abbreviates a printed one. */
  boolean isUnit(String name) {
    return hasUnitSuffix(name) || fullNames.contains(name) || !expansions(name).isEmpty();
  }

  /**
   * The full name {@code printed} stands for: itself when it is already complete (a level prefix
   * and a suffix: 县财政局) or abbreviates no printed name, else the one printed name it abbreviates.
   *
   * @throws IllegalArgumentException when it abbreviates more than one printed name
   */
  String resolve(String printed) {
    requireNonNull(printed, "printed");
    if (startsWithLevel(printed) && hasUnitSuffix(printed)) {
      return printed;
    }
    Set<String> candidates = expansions(printed);
    if (candidates.size() > 1) {
      throw new IllegalArgumentException(
          "unit \"" + printed + "\" may stand for any of " + String.join(", ", candidates)
              + ": expected a name that abbreviates one unit printed in full");
    }
    return candidates.isEmpty() ? printed : candidates.iterator().next();
  }

  /** Printed full names that {@code printed} abbreviates, in no particular order. */
  private Set<String> expansions(String printed) {
    Set<String> out = new LinkedHashSet<>();
    if (printed.isEmpty()) {
      return out;
    }
    for (String full : fullNames) {
      if (!full.equals(printed) && abbreviates(printed, full)) {
        out.add(full);
      }
    }
    return out;
  }

  /**
   * Whether {@code full} = optional level prefix + {@code printed} + optional suffix, where at least
   * one of the two is present and a suffix is only dropped from a name that has none.
   */
  private static boolean abbreviates(String printed, String full) {
    for (String prefix : OPTIONAL_PREFIXES) {
      if (!full.startsWith(prefix + printed)) {
        continue;
      }
      String rest = full.substring(prefix.length() + printed.length());
      if (rest.isEmpty() ? !prefix.isEmpty() : SUFFIXES.contains(rest) && !hasUnitSuffix(printed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithLevel(String name) {
    return LEVEL_PREFIXES.stream().anyMatch(name::startsWith);
  }
}
