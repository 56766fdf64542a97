package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class OrganisationNamesTest {
  /** Units printed in full in the seed, among them the fuller forms of its short names. */
  private static final OrganisationNames SEED = OrganisationNames.of(List.of(
      "县财政局", "县交通运输局", "县交通运输", "县园区管委会", "园区管委会", "县住建局", "县住建", "住建局",
      "县经合中心", "县经合", "中心", "市生态环境局西乡分局", "市生态环境局", "西乡分局", "各部门", "堰口镇",
      "县妇联", "城北", "街道"));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "县交通运输, 县交通运输局",
    "县住建, 县住建局",
    "住建局, 县住建局",
    "园区管委会, 县园区管委会",
    "县财政局, 县财政局",
    "县交通运输局, 县交通运输局",
    "市生态环境局西乡分局, 市生态环境局西乡分局",
    "各部门, 各部门",
    "堰口镇, 堰口镇",
    "城北街道, 城北街道",
    "县教体局, 县教体局",
  })
  void resolvesShortFormsAgainstFullNamesPrintedElsewhere(String printed, String name) {
    assertThat(SEED.resolve(printed)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} is a unit: {1}")
  @CsvSource({
    "县财政局, true", "县交通运输, true", "县住建, true", "各部门, true", "城北街道, true", "堰口镇, true",
    "王永安, false", "惠理, false", "城北, false", "街道, false", "中心, false", "县自然, false",
  })
  void tellsUnitsFromOtherText(String text, boolean unit) {
    assertThat(SEED.isUnit(text)).isEqualTo(unit);
  }

  /**
   * Responsible-unit text as lists across China print it → the units (name as compared, 牵 lead, 配
   * co-operating), the split and the roles in one string.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "县财政局                                  | 县财政局:牵",
    "县人社局、县农业农村局                      | 县人社局:牵 县农业农村局:配",
    "区发改委、区财政局主办,各街道板块协办          | 区发改委:牵 区财政局:牵 各街道板块:配",
    "县农业农村局牵头,县财政局配合                  | 县农业农村局:牵 县财政局:配",
    "县教体局负责                               | 县教体局:牵",
    "各镇、各街道分别负责                          | 各镇:牵 各街道:牵",
    "牵头：县财政局、配合：县发改局、县人社局          | 县财政局:牵 县发改局:配 县人社局:配",
    "县发改局、县财政局(列第一位者为牵头单位)         | 县发改局:牵 县财政局:配",
    "高新区(邹区镇)、区文化和广电旅游体育局          | 高新区(邹区镇):牵 区文化和广电旅游体育局:配",
    "省直有关部门和各市人民政府                     | 省直有关部门:牵 各市人民政府:配",
    "区发改局区统计局                            | 区发改局:牵 区统计局:配",
    "市生态环境局西乡分局                         | 市生态环境局西乡分局:牵",
    "相关县(市、区)政府                          | 相关县(市、区)政府:牵",
    "柯城区、龙游县、经开区                        | 柯城区:牵 龙游县:配 经开区:配",
    "人民银行衢州市中心支行、各乡镇(街道)           | 人民银行衢州市中心支行:牵 各乡镇(街道):配",
    "牽頭單位：市發展改革委                        | 市发展改革委:牵",
    "縣財政局(牽頭)、縣審計局                      | 县财政局:牵 县审计局:配",
    "市委宣传部/市文明办                          | 市委宣传部:牵 市文明办:配",
    "县水利局;县林业局                           | 县水利局:牵 县林业局:配",
  })
  void splitsNamesAndReadsRolesAsPrinted(String cell, String expected) {
    List<UnitCells.PrintedUnit> printed = UnitCells.split(cell);
    List<String> keys = printed.stream().map(UnitCells.PrintedUnit::key).toList();
    var units = UnitCells.assignRoles(printed, keys, i -> { });
    String actual = String.join(" ", units.stream()
        .map(u -> u.name() + ":" + (u.role() == io.tracker.task.Role.LEAD ? "牵" : "配")).toList());
    assertThat(actual).isEqualTo(expected);
    assertThat(keys).allMatch(OrganisationNames::hasUnitSuffix);
  }

  @ParameterizedTest(name = "{0} is a unit on its own: {1}")
  @CsvSource({
    "柯城区, true", "龙游县, true", "经开区, true", "高新区(邹区镇), true", "各市人民政府, true", "省直有关部门, true",
    "各街道板块, true", "人民银行西乡支行, true", "县重点项目建设指挥部, true", "县防汛抗旱领导小组, true",
    "黔东南苗族侗族自治州, true", "各乡镇, true",
    "王永安, false", "王州, false", "争创四好农村路省级示范县, false", "县自然, false", "城北, false",
  })
  void tellsUnitsAnywhereInChina(String name, boolean unit) {
    assertThat(OrganisationNames.hasUnitSuffix(name)).isEqualTo(unit);
  }

  @Test
  void shortFormsResolveForEveryLevelPrefix() {
    OrganisationNames names = OrganisationNames.of(List.of("区统计局", "省教育厅", "镇农业服务中心", "旗林草局"));
    assertThat(names.resolve("统计局")).isEqualTo("区统计局");
    assertThat(names.resolve("教育厅")).isEqualTo("省教育厅");
    assertThat(names.resolve("农业服务中心")).isEqualTo("镇农业服务中心");
    assertThat(names.resolve("林草局")).isEqualTo("旗林草局");
    assertThat(names.resolve("区统计")).isEqualTo("区统计局");
  }

  @Test
  void refusesAShortFormOfTwoPrintedNames() {
    OrganisationNames names = OrganisationNames.of(List.of("县住建局", "县住建委"));
    assertThatThrownBy(() -> names.resolve("县住建"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("县住建局")
        .hasMessageContaining("县住建委");
  }

  private static final List<String> SUFFIXES = List.of("局", "中心", "办", "委", "镇", "街道", "管委会", "分局");

  /** A name of 2–4 common CJK characters with an optional level prefix and a unit suffix. */
  private static Gen<String> fullNames() {
    return Generate.pick(List.of("", "县", "市"))
        .zip(strings().betweenCodePoints(0x4E00, 0x4E40).ofLengthBetween(1, 4), Generate.pick(SUFFIXES),
            (prefix, core, suffix) -> prefix + core + suffix);
  }

  @Test
  void resolutionNeverInventsAName() {
    Gen<String> queries = fullNames().zip(integers().between(0, 3), (name, cut) -> {
      switch (cut) {
        case 0: return name;                                           // as printed
        case 1: return name.substring(1);                              // level prefix dropped
        case 2: return name.substring(0, name.length() - 1);           // last character dropped
        default: return name.substring(0, Math.max(1, name.length() / 2)); // a fragment
      }
    });
    qt().withFixedSeed(42L)
        .forAll(lists().of(fullNames()).ofSizeBetween(1, 12), queries)
        .check((printed, query) -> {
          OrganisationNames names = OrganisationNames.of(printed);
          Set<String> allowed = new HashSet<>(printed);
          allowed.add(query);
          try {
            return allowed.contains(names.resolve(query));
          } catch (IllegalArgumentException ambiguous) {
            return ambiguous.getMessage().contains(query);
          }
        });
  }

  @Test
  void aFullNameWithLevelAndSuffixResolvesToItself() {
    qt().withFixedSeed(42L)
        .forAll(lists().of(fullNames()).ofSizeBetween(0, 12), fullNames())
        .check((printed, name) -> {
          List<String> all = new ArrayList<>(printed);
          all.add(name);
          boolean complete = (name.startsWith("县") || name.startsWith("市"));
          return !complete || OrganisationNames.of(all).resolve(name).equals(name);
        });
  }
}
