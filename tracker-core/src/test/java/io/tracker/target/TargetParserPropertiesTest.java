package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tracker.InputException;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TargetParserPropertiesTest {

  /** Pieces of task sentences, traps and bad figures, glued at random. */
  private static final List<String> FRAGMENTS = List.of(
      "增长", "下降", "提高", "降低", "减少", "增加", "达到", "达", "稳定在", "保持", "控制在", "不低于",
      "不少于", "不超过", "超过", "以上", "以下", "以内", "左右", "及以上", "分别", "均", "城乡", "居民收入",
      "、", ",", "，", "。", ";", "8%", "9%", "4.5亿元", "亿元以上", "千亩", "两", "个", "十", "二十",
      "一百二十", "百分之", "八", "35个", "收益", "的", "第", "1e999", "1e", "e5", "123456789012345678901",
      "%", "％", "万", "亿", "元", "万亿", "１２", "—", "-", "~", "至", "7", "0.5", ".", "一季度", "前三季度",
      "年底前", "项目", "“4111”", "5+1", "PM2.5", "G", " ", "\u3000", "人次", "个百分点", "平方公里",
      "微克/立方米", "年产", "实事", "行动", "十五条", "等", "和", "每个", "各", "零", "〇", "二〇二三年",
      "百", "千", "个月", "1e2147483647", "1e-2147483648", "1,200", "余", "多", "\uD83D\uDE00", "\uD800", "(", ")", "同比", "年", "月", "日");

  private static Gen<String> fragmentSentences() {
    return lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 14).map(parts -> String.join("", parts));
  }

  private static Gen<String> cjkAndDigits() {
    String alphabet = "0123456789.%、,，。万亿千百十元个户亩增长下降以上左右分别均两一二三第年的";
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 30)
        .map(ix -> ix.stream().map(i -> String.valueOf(alphabet.charAt(i))).reduce("", String::concat));
  }

  /** Parsing either succeeds with well-placed targets or fails with an InputException, nothing else. */
  private static void parsesOrRejects(String sentence) {
    Throwable thrown = catchThrowable(() -> checkTargets(sentence, TargetParser.parse(sentence)));
    if (thrown != null) {
      assertThat(thrown).as("thrown for \"%s\"", sentence).isInstanceOf(InputException.class);
      InputException e = (InputException) thrown;
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isBetween(1, sentence.length());
      assertThat(e.problem()).contains("\"").contains("expected");
    }
  }

  private static void checkTargets(String sentence, List<Target> targets) {
    int previousStart = 0;
    for (Target t : targets) {
      SourceSpan span = t.source();
      assertThat(sentence.substring(span.start(), span.end())).isEqualTo(span.text());
      assertThat(span.start()).isGreaterThanOrEqualTo(previousStart);
      previousStart = span.start();
      assertThat(sentence).contains(t.metric());
    }
  }

  @Test
  void fragmentSentencesNeverThrowAnythingButInputException() {
    qt().withFixedSeed(42L).withExamples(5000).forAll(fragmentSentences())
        .checkAssert(TargetParserPropertiesTest::parsesOrRejects);
  }

  @Test
  void cjkDigitSoupNeverThrowsAnythingButInputException() {
    qt().withFixedSeed(42L).withExamples(5000).forAll(cjkAndDigits())
        .checkAssert(TargetParserPropertiesTest::parsesOrRejects);
  }

  @Test
  void arbitraryStringsNeverThrowAnythingButInputException() {
    qt().withFixedSeed(42L).withExamples(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(TargetParserPropertiesTest::parsesOrRejects);
    qt().withFixedSeed(42L).withExamples(3000)
        .forAll(strings().betweenCodePoints(0x4E00, 0x4FFF).ofLengthBetween(0, 40))
        .checkAssert(TargetParserPropertiesTest::parsesOrRejects);
  }

  private static final List<String> UNITS = List.of("%", "亿元", "万元", "元", "万人", "个", "户", "万亩", "万吨", "天");

  private record Case(BigDecimal amount, String unit, int verb, int bound) {
    static final List<String> VERBS = List.of("增长", "下降", "稳定在", "达到", "");
    static final List<String> BOUND_WORDS = List.of("以上", "左右", "以内", "");

    String sentence() {
      return "地方财政收入" + VERBS.get(verb) + amount.toPlainString() + unit + BOUND_WORDS.get(bound) + "。";
    }

    TargetKind kind() {
      boolean ratio = unit.equals("%");
      return switch (VERBS.get(verb)) {
        case "增长" -> TargetKind.GROWTH;
        case "下降" -> TargetKind.DECLINE;
        case "稳定在" -> TargetKind.MAINTAIN;
        default -> ratio ? TargetKind.LEVEL : TargetKind.AMOUNT;
      };
    }

    Bound boundValue() {
      return List.of(Bound.AT_LEAST, Bound.ABOUT, Bound.AT_MOST, Bound.EXACTLY).get(bound);
    }
  }

  @Test
  void generatedTargetSentencesParseToTheirFigure() {
    Gen<BigDecimal> amounts = longs().between(0, 99_999_999L).zip(integers().between(0, 4), BigDecimal::valueOf);
    Gen<Case> cases = amounts.zip(Generate.pick(UNITS), integers().between(0, 4), integers().between(0, 3),
        Case::new);
    qt().withFixedSeed(42L).withExamples(3000).forAll(cases).checkAssert(c -> {
      String sentence = c.sentence();
      List<Target> targets = TargetParser.parse(sentence);

      assertThat(targets).as(sentence).hasSize(1);
      Target t = targets.get(0);
      assertThat(t.value()).isEqualTo(new Quantity(c.amount(), Unit.parse(c.unit())));
      assertThat(t.baseValue().amount())
          .isEqualByComparingTo(c.amount().multiply(Unit.parse(c.unit()).magnitude().factor()));
      assertThat(t.metric()).isEqualTo("地方财政收入");
      assertThat(t.kind()).isEqualTo(c.kind());
      assertThat(t.bound()).isEqualTo(c.boundValue());
      int start = "地方财政收入".length() + Case.VERBS.get(c.verb()).length();
      assertThat(t.source().start()).isEqualTo(start);
      assertThat(t.source().end()).isEqualTo(sentence.length() - 1);
    });
  }

  @Test
  void fullWidthDigitsReadAsAsciiWithOffsetsIntoTheOriginal() {
    qt().withFixedSeed(42L).withExamples(1000).forAll(longs().between(0, 9_999_999L)).checkAssert(n -> {
      String ascii = "一般公共预算收入增长" + n + "%";
      StringBuilder wide = new StringBuilder();
      for (char ch : ascii.toCharArray()) {
        wide.append(ch >= '0' && ch <= '9' ? (char) (ch + 0xFEE0) : ch == '%' ? '％' : ch);
      }
      Target asciiTarget = TargetParser.parse(ascii).get(0);
      Target wideTarget = TargetParser.parse(wide.toString()).get(0);

      assertThat(wideTarget.value()).isEqualTo(asciiTarget.value());
      assertThat(wideTarget.source().start()).isEqualTo(asciiTarget.source().start());
      assertThat(wideTarget.source().text()).isEqualTo(wide.substring(asciiTarget.source().start()));
    });
  }
}
