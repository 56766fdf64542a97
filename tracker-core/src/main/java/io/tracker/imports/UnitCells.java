package io.tracker.imports;

import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsible-unit cells (责任单位) as both importers read them: several units per cell separated
 * by 、 ， , / or line breaks, and role marks 牵头/主办 (lead) and 配合/协办 (co-operating).
 *
 * <p>A mark before a colon ("配合单位：县财政局、县发改局") applies to the units after it; a mark in
 * brackets after a unit ("县财政局（牵头）") to that unit only. Without any mark the first unit
 * leads and the rest co-operate; with marks, an unmarked unit before any mark leads if it is the
 * first and co-operates otherwise.
 */
final class UnitCells {
  private static final Pattern SEPARATORS = Pattern.compile("[、，,/／;；\\n]");
  private static final Pattern LEADING_MARK =
      Pattern.compile("^[(（]?(牵头|主办|配合|协办)(?:单位)?[)）]?[:：](.*)$");
  private static final Pattern TRAILING_MARK = Pattern.compile("^(.*?)[(（](牵头|主办|配合|协办)(?:单位)?[)）]$");

  private UnitCells() {}

  /** A unit as printed, with the role its text marks, if any. */
  record PrintedUnit(String printed, Optional<Role> mark, boolean markCarriesOver) {}

  /** The units in one cell, in order, with whitespace removed; empty parts are dropped. */
  static List<PrintedUnit> split(String cell) {
    List<PrintedUnit> out = new ArrayList<>();
    for (String part : SEPARATORS.split(cell)) {
      String text = withoutWhitespace(part);
      if (text.isEmpty()) {
        continue;
      }
      Matcher leading = LEADING_MARK.matcher(text);
      if (leading.matches()) {
        String name = leading.group(2);
        out.add(new PrintedUnit(name, Optional.of(role(leading.group(1))), true));
        continue;
      }
      Matcher trailing = TRAILING_MARK.matcher(text);
      if (trailing.matches()) {
        out.add(new PrintedUnit(trailing.group(1), Optional.of(role(trailing.group(2))), false));
      } else {
        out.add(new PrintedUnit(text, Optional.empty(), false));
      }
    }
    return out;
  }

  /**
   * Roles for units printed in order with names already resolved ({@code names.get(i)} for
   * {@code printed.get(i)}).
   */
  static List<ResponsibleUnit> assignRoles(List<PrintedUnit> printed, List<String> names) {
    boolean anyMark = printed.stream().anyMatch(u -> u.mark().isPresent());
    List<ResponsibleUnit> out = new ArrayList<>();
    Optional<Role> carried = Optional.empty();
    for (int i = 0; i < printed.size(); i++) {
      PrintedUnit unit = printed.get(i);
      Role role;
      if (unit.mark().isPresent()) {
        role = unit.mark().get();
        if (unit.markCarriesOver()) {
          carried = unit.mark();
        }
      } else if (anyMark && carried.isPresent()) {
        role = carried.get();
      } else {
        role = i == 0 ? Role.LEAD : Role.CO;
      }
      out.add(new ResponsibleUnit(names.get(i), unit.printed(), role));
    }
    return out;
  }

  static String withoutWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF')
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static Role role(String mark) {
    return mark.equals("牵头") || mark.equals("主办") ? Role.LEAD : Role.CO;
  }
}
