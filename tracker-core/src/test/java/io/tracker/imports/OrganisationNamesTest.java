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
