package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tracker.quantity.ChineseNumeralWriter;
import io.tracker.quantity.ChineseNumeralWriter.Style;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Integers written in Chinese by the tests' own {@link ChineseNumeralWriter} and put into task
 * sentences read as one whole target each: metric, kind, bound, value in the highest section printed,
 * exact base value, span; no warning.
 */
class ChineseNumeralSentencesPropertiesTest {

  /**
   * A task sentence with a place for the numeral, and the target it must give; {@code loneYi} tells
   * whether a lone 一 counts there (before 所 and 户, classifiers of concrete things; not before 元 or
   * 人, nor before 个, where 一 is mostly an article).
   */
  record Template(String before, String unit, String after, String metric, TargetKind kind, Bound bound,
      boolean metricAfter, boolean loneYi) {
    String sentence(String numeral) {
      return before + numeral + unit + after;
    }
  }

  static final List<Template> TEMPLATES = List.of(
      new Template("新建学校", "所", "。", "学校", TargetKind.AMOUNT, Bound.EXACTLY, false, true),
      new Template("全年完成投资", "元", "。", "投资", TargetKind.AMOUNT, Bound.EXACTLY, false, false),
      new Template("新增城镇就业", "人", ",促进高校毕业生就业。", "新增城镇就业", TargetKind.AMOUNT, Bound.EXACTLY,
          false, false),
      new Template("力争接待游客", "人次以上", "。", "接待游客", TargetKind.AMOUNT, Bound.AT_LEAST, false, false),
      new Template("粮食播种面积稳定在", "亩左右", "。", "粮食播种面积", TargetKind.MAINTAIN, Bound.ABOUT, false,
          false),
      new Template("发放创业担保贷款不低于", "元", "。", "发放创业担保贷款", TargetKind.AMOUNT, Bound.AT_LEAST, false,
          false),
      new Template("改造", "个老旧小区", ",惠及居民。", "老旧小区", TargetKind.AMOUNT, Bound.EXACTLY, true, false),
      new Template("新增市场主体", "余户", "。", "新增市场主体", TargetKind.AMOUNT, Bound.AT_LEAST, false, true));

  /** Styles printed in Chinese: the figure is put in the highest section the numeral prints. */
  static final List<Style> CHINESE = List.of(Style.FORMAL, Style.ONE_TEN, Style.LIANG, Style.TRADITIONAL,
      Style.CAPITAL, Style.CAPITAL_TRADITIONAL, Style.SPOKEN, Style.DECIMAL);

  /** The figure the parser must give for {@code numeral} (a writing of {@code n}) before {@code unit}. */
  static Quantity expectedValue(long n, String numeral, String unit) {
    String base = unit.replace("余", "").replace("以上", "").replace("左右", "").replace("个老旧小区", "个");
    String s = numeral.replace('萬', '万').replace('億', '亿');
    boolean arabicOnly = s.chars().allMatch(c -> c >= '0' && c <= '9');
    Magnitude section = arabicOnly ? Magnitude.ONE : s.endsWith("万亿") ? Magnitude.WAN_YI
        : s.contains("亿") ? Magnitude.YI : s.contains("万") ? Magnitude.WAN : Magnitude.ONE;
    BigDecimal value = BigDecimal.valueOf(n).divide(section.factor()).stripTrailingZeros();
    return new Quantity(value, new Unit(section, base));
  }

  static void readsTheWholeTarget(long n, String numeral, Template template) {
    String sentence = template.sentence(numeral);
    TargetExtraction extraction = TargetParser.extract(sentence);

    assertThat(extraction.warnings()).as(sentence).isEmpty();
    if ((numeral.equals("一") || numeral.equals("壹")) && !template.loneYi()) {
      assertThat(extraction.targets()).as("a lone 一 is no figure in %s", sentence).isEmpty();
      return;
    }
    assertThat(extraction.targets()).as(sentence).hasSize(1);
    Target t = extraction.targets().get(0);
    Quantity expected = expectedValue(n, numeral, template.unit());
    assertThat(t.value()).as(sentence).isEqualTo(expected);
    assertThat(t.baseValue().amount()).as(sentence).isEqualByComparingTo(BigDecimal.valueOf(n));
    assertThat(t.metric()).as(sentence).isEqualTo(template.metric());
    assertThat(t.kind()).as(sentence).isEqualTo(template.kind());
    assertThat(t.bound()).as(sentence).isEqualTo(template.bound());
    assertThat(t.part()).isFalse();
    String figure = numeral + template.unit();
    int start = template.metricAfter() ? template.before().length() : sentence.indexOf(template.metric());
    int end = template.metricAfter() ? sentence.indexOf(template.metric()) + template.metric().length()
        : template.before().length() + figure.length();
    assertThat(t.source()).as(sentence).isEqualTo(new SourceSpan(sentence.substring(start, end), start, end));
  }

  @Test
  void everyIntegerUpToTenThousandInEveryChineseStyleReadsInATaskSentence() {
    for (long n = 1; n <= 10_000; n++) {
      Template template = TEMPLATES.get((int) (n % TEMPLATES.size()));
      for (Style style : CHINESE) {
        Optional<String> numeral = ChineseNumeralWriter.write(n, style);
        if (numeral.isPresent()) {
          readsTheWholeTarget(n, numeral.get(), template);
        }
      }
    }
  }

  @Test
  void generatedIntegersUpToTenToTheTwelveReadInEveryTemplate() {
    Gen<Long> integers = longs().between(1, 1_000_000_000_000L)
        .mix(integers().between(0, 12).zip(longs().between(1, 9), (k, d) -> d * (long) Math.pow(10, k)))
        .mix(longs().between(1, 99_999_999L));
    qt().withFixedSeed(42L).withExamples(5000)
        .forAll(integers, Generate.enumValues(Style.class), Generate.pick(TEMPLATES))
        .checkAssert((n, style, template) -> ChineseNumeralWriter.write(n, style)
            .filter(numeral -> CHINESE.contains(style))
            .ifPresent(numeral -> readsTheWholeTarget(n, numeral, template)));
  }

  @Test
  void mixedArabicFormsGiveTheExactBaseValue() {
    qt().withFixedSeed(42L).withExamples(3000)
        .forAll(longs().between(1, 1_000_000_000_000L).mix(integers().between(0, 12).zip(longs().between(1, 99),
                (k, d) -> d * (long) Math.pow(10, k))),
            Generate.pick(List.of(Style.MIXED_DIGITS, Style.MIXED_SECTIONS, Style.ARABIC_DECIMAL)))
        .checkAssert((n, style) -> ChineseNumeralWriter.write(n, style).ifPresent(numeral -> {
          String sentence = "全年完成投资" + numeral + "元。";
          TargetExtraction extraction = TargetParser.extract(sentence);

          assertThat(extraction.warnings()).as(sentence).isEmpty();
          assertThat(extraction.targets()).as(sentence).singleElement().satisfies(t -> {
            assertThat(t.baseValue()).isEqualTo(new Quantity(BigDecimal.valueOf(n), Unit.parse("元")));
            assertThat(t.metric()).isEqualTo("投资");
            assertThat(t.source().text()).isEqualTo("投资" + numeral + "元");
          });
        }));
  }
}
