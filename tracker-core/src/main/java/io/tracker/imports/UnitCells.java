package io.tracker.imports;

import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsible-unit text (责任单位) as every importer reads it: clauses separated by ， , ; ； or line
 * breaks, units within a clause by 、 or /, role marks, and names printed run together.
 *
 * <ul>
 *   <li>Separators inside brackets do not split: 相关县(市、区)政府 is one unit.
 *   <li>A mark before a colon ("配合：县财政局、县发改局") applies to the units after it; a mark in
 *       brackets after a unit ("县财政局（牵头）") to that unit only; a mark word ending a clause
 *       ("县发改委、县财政局主办", "县农业农村局牵头", "各镇分别负责") to every unit of the clause.
 *       牵头/主办 lead, 配合/协办/协同/参与 co-operate, 分别负责 makes each unit lead, 负责 says nothing
 *       about the roles.
 *   <li>A note on the convention ("(列第一位者为牵头单位)") is not a unit.
 *   <li>和/及/与 between two units splits them ("省直有关部门和各市人民政府"); inside a name it does not
 *       ("县文化和广电旅游体育局").
 *   <li>Names run together split where a unit suffix is followed by a level prefix and a further unit
 *       ("区发改局区统计局"), never elsewhere ("市生态环境局西乡分局").
 * </ul>
 *
 * <p>Without any mark the first unit leads and the rest co-operate; with marks, an unmarked unit
 * before any mark leads if it is the first and co-operates otherwise.
 */
final class UnitCells {
  private static final Pattern NOTE =
      Pattern.compile("[(（][^()（）]*(第一|首位|排名第一)[^()（）]*(牵头|主办|负责)[^()（）]*[)）]");
  private static final Pattern LEADING_MARK =
      Pattern.compile("^[(（]?(牵头|主办|配合|协办|协同|参与)(?:单位|部门)?[)）]?[:：](.*)$");
  private static final Pattern TRAILING_MARK =
      Pattern.compile("^(.*?)[(（](牵头|主办|配合|协办|协同|参与)(?:单位|部门)?[)）]$");
  private static final Pattern CLAUSE_MARK = Pattern.compile("^(.+?)(分别负责|牵头负责|负责牵头|牵头|主办|配合|协办|协同|参与|负责)$");
  private static final Pattern CONJUNCTION = Pattern.compile("[和及与]");

  private UnitCells() {}

  /**
   * A unit as printed, with the role its text marks, if any.
   *
   * @param printed the name as printed, without whitespace
   * @param mark the role its text gives it
   * @param markCarriesOver whether the mark applies to the unmarked units printed after it
   */
  record PrintedUnit(String printed, Optional<Role> mark, boolean markCarriesOver) {
    /** The simplified name the unit is compared and resolved in. */
    String key() {
      return ChineseText.simplified(printed);
    }
  }

  /** Whether {@code text} holds a role mark word of this class. */
  static boolean hasMark(String text) {
    String s = ChineseText.key(text);
    return s.contains("牵头") || s.contains("主办") || s.contains("配合") || s.contains("协办") || s.contains("负责")
        || s.contains("协同") || s.contains("参与");
  }

  /** The units in {@code cell}, in order, with whitespace removed; empty parts are dropped. */
  static List<PrintedUnit> split(String cell) {
    List<PrintedUnit> out = new ArrayList<>();
    String text = NOTE.matcher(ChineseText.withoutPinyin(cell)).replaceAll("");
    for (String clause : splitOutsideBrackets(text, "，,;；\n")) {
      String c = ChineseText.withoutWhitespace(clause);
      if (c.endsWith("。") || c.endsWith(".")) {
        c = c.substring(0, c.length() - 1);
      }
      Optional<Role> clauseRole = Optional.empty();
      Matcher clauseMark = CLAUSE_MARK.matcher(ChineseText.simplified(c));
      if (clauseMark.matches() && !LEADING_MARK.matcher(ChineseText.simplified(c)).matches()) {
        String mark = clauseMark.group(2);
        clauseRole = mark.equals("负责") ? Optional.empty()
            : Optional.of(mark.equals("分别负责") ? Role.LEAD : role(mark));
        c = c.substring(0, clauseMark.group(1).length());
      }
      for (String part : splitOutsideBrackets(c, "、/／")) {
        if (part.isEmpty()) {
          continue;
        }
        String key = ChineseText.simplified(part);
        Matcher leading = LEADING_MARK.matcher(key);
        if (leading.matches()) {
          String rest = part.substring(part.length() - leading.group(2).length());
          Optional<Role> role = Optional.of(role(leading.group(1)));
          for (String unit : names(rest)) {
            out.add(new PrintedUnit(unit, role, true));
          }
          continue;
        }
        for (String unit : names(part)) {
          Matcher trailing = TRAILING_MARK.matcher(ChineseText.simplified(unit));
          if (trailing.matches()) {
            out.add(new PrintedUnit(unit.substring(0, trailing.end(1)), Optional.of(role(trailing.group(2))), false));
          } else {
            out.add(new PrintedUnit(unit, clauseRole, false));
          }
        }
      }
    }
    return out;
  }

  /** The names in one part: split at 和 between units and where names run together. */
  private static List<String> names(String part) {
    List<String> out = new ArrayList<>();
    if (part.isEmpty()) {
      return out;
    }
    for (String name : splitConjunctions(part)) {
      out.addAll(splitRunTogether(name));
    }
    return out;
  }

  /** {@code text} split at any of {@code separators} that is not inside brackets. */
  static List<String> splitOutsideBrackets(String text, String separators) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（' || c == '〔' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == '〕' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && separators.indexOf(c) >= 0) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /** "省直有关部门和各市人民政府" as two units; a 和 inside a name ("文化和旅游局") stays. */
  private static List<String> splitConjunctions(String name) {
    Matcher m = CONJUNCTION.matcher(name);
    while (m.find()) {
      String left = ChineseText.simplified(name.substring(0, m.start()));
      String right = ChineseText.simplified(name.substring(m.end()));
      if (OrganisationNames.hasUnitSuffix(left) && OrganisationNames.hasUnitSuffix(right)) {
        List<String> out = new ArrayList<>();
        out.add(name.substring(0, m.start()));
        out.addAll(splitConjunctions(name.substring(m.end())));
        return out;
      }
    }
    return List.of(name);
  }

  /**
   * "区发改局区统计局" as two units: split after a suffix when what follows is a level prefix, a core of
   * at least one character and a suffix, and what precedes is a unit.
   */
  static List<String> splitRunTogether(String name) {
    String key = ChineseText.simplified(name);
    for (int i = 2; i < key.length() - 2; i++) {
      String left = key.substring(0, i);
      String right = key.substring(i);
      if (OrganisationNames.LEVEL_PREFIXES.contains(right.substring(0, 1))
          && endsWithBodySuffix(left) && OrganisationNames.hasUnitSuffix(left)
          && endsWithBodySuffix(right) && !OrganisationNames.SUFFIXES.contains(right.substring(1))) {
        List<String> out = new ArrayList<>();
        out.add(name.substring(0, i));
        out.addAll(splitRunTogether(name.substring(i)));
        return out;
      }
    }
    return List.of(name);
  }

  /** Whether {@code name} ends with the suffix of a body (局, 委, 办 …), not of a place (县, 区). */
  private static boolean endsWithBodySuffix(String name) {
    return OrganisationNames.SUFFIXES.stream()
        .filter(s -> !OrganisationNames.LEVEL_PREFIXES.contains(s))
        .anyMatch(s -> name.length() > s.length() && name.endsWith(s));
  }

  /**
   * Roles for units printed in order with names already resolved ({@code names.get(i)} for
   * {@code printed.get(i)}); {@code guessed} hears the index of each unit whose lead was taken from
   * its position although other units carry marks.
   */
  static List<ResponsibleUnit> assignRoles(List<PrintedUnit> printed, List<String> names, IntConsumer guessed) {
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
        if (anyMark && i == 0) {
          guessed.accept(i);
        }
      }
      out.add(new ResponsibleUnit(names.get(i), unit.printed(), role));
    }
    return out;
  }

  private static Role role(String mark) {
    return mark.contains("牵头") || mark.equals("主办") ? Role.LEAD : Role.CO;
  }
}
