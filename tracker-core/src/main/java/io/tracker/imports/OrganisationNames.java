package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisation names (单位) anywhere in China, and the resolution of names one document prints short
 * or split against the names it prints in full.
 *
 * <p>A name is a unit when it ends with the suffix of a body or an administrative level after at
 * least one other character (县财政局, 市生态环境局西乡分局, 柯城区, 龙游县, 高新区, 人民银行西乡支行,
 * 城北街道), when it is a collective name (各部门, 各乡镇, 各街道板块, 省直有关部门, 各市人民政府,
 * 相关县(市、区)政府), or when the part before a bracketed alias is one (高新区(邹区镇)). Names are
 * compared in their simplified form.
 *
 * <p>A short form resolves to the one full name it abbreviates: 县交通运输 → 县交通运输局 and 县住建 →
 * 县住建局 (suffix dropped), 园区管委会 → 县园区管委会 and 住建局 → 县住建局 (a level prefix 省, 市, 县,
 * 区, 州, 旗, 盟, 镇 or 乡 dropped). Resolution only ever returns a name printed in the document or the
 * printed text itself; it never invents one.
 */
final class OrganisationNames {
  /** Endings of organisation names, longest first so that 分局 is tried before 局. */
  static final List<String> SUFFIXES = List.of(
      "领导小组", "人民政府", "各部门", "办事处", "管委会", "委员会", "指挥部", "开发区", "高新区", "经开区",
      "自治区", "市辖区", "分公司", "政府", "园区", "分局", "支行", "分行", "银行", "中心", "街道", "部门", "公司",
      "集团", "板块", "支队", "大队", "中队", "局", "委", "办", "社", "镇", "乡", "部", "会", "联", "院", "所",
      "站", "队", "处", "室", "馆", "厅", "省", "市", "州", "盟", "县", "区", "旗");

  /**
   * Level suffixes that make a unit of three to six characters only (龙游县, 柯城区; not a person's
   * name like 王州, nor a task like 争创四好农村路省级示范县), or of any length ending 自治县, 自治州 ….
   */
  private static final List<String> LEVELS = List.of("省", "市", "州", "盟", "县", "区", "旗");

  /** Administrative level prefixes a short form may drop: 县园区管委会 printed 园区管委会. */
  static final List<String> LEVEL_PREFIXES = List.of("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡");

  /** Collective names: 各部门, 省直有关部门, 各市人民政府, 相关县(市、区)政府, 有关单位. */
  private static final Pattern COLLECTIVE = Pattern.compile(
      "(各|有关|相关|其他|省直|市直|县直|区直|省直各|市直各|县直各|区直各)[^、，,;；]{0,16}"
          + "(单位|部门|政府|乡镇|街道|板块|镇|乡|县|区|市|委|局|办|园区|企业|银行|机构)");

  /** A bracketed alias or note at the end of a name: 高新区(邹区镇). */
  private static final Pattern ALIAS = Pattern.compile("^(.+?)[(（][^()（）]+[)）]$");

  private final Set<String> fullNames;

  private OrganisationNames(Set<String> fullNames) {
    this.fullNames = fullNames;
  }

  /** The full names among {@code printed} (simplified names): those that read as units on their own. */
  static OrganisationNames of(Collection<String> printed) {
    Set<String> full = new LinkedHashSet<>();
    for (String name : requireNonNull(printed, "printed")) {
      if (hasUnitSuffix(name)) {
        full.add(name);
      }
    }
    return new OrganisationNames(Set.copyOf(full));
  }

  /**
   * Whether {@code name} reads as a unit on its own: a body or level suffix after at least one other
   * character, a collective name, or a unit with a bracketed alias.
   */
  static boolean hasUnitSuffix(String name) {
    if (COLLECTIVE.matcher(name).matches()) {
      return true;
    }
    var alias = ALIAS.matcher(name);
    String base = alias.matches() ? alias.group(1) : name;
    return SUFFIXES.stream().anyMatch(s -> base.endsWith(s) && (LEVELS.contains(s)
        ? base.length() >= 3 && (base.length() <= 6 || base.endsWith("自治" + s))
        : base.length() > s.length()));
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
      throw new IllegalArgumentException("单位 " + io.tracker.InputException.quote(printed) + " 可指 "
          + String.join("、", candidates) + " 中任一个: 应为只简称一个全称单位的名称");
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
    if (full.startsWith(printed)) {
      String rest = full.substring(printed.length());
      if (SUFFIXES.contains(rest) && !hasUnitSuffix(printed)) {
        return true;
      }
    }
    for (String prefix : LEVEL_PREFIXES) {
      if (!full.startsWith(prefix + printed)) {
        continue;
      }
      String rest = full.substring(prefix.length() + printed.length());
      if (rest.isEmpty() || SUFFIXES.contains(rest) && !hasUnitSuffix(printed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithLevel(String name) {
    return LEVEL_PREFIXES.stream().anyMatch(name::startsWith);
  }
}
