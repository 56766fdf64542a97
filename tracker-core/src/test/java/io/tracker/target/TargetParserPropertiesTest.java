package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tracker.InputException;
import io.tracker.InputWarning;
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
      "百", "千", "个月", "1e2147483647", "1e-2147483648", "1,200", "余", "多", "\uD83D\uDE00", "\uD800", "(", ")",
      "同比", "年", "月", "日",
      "廿", "卅", "萬", "億", "壹", "贰", "拾", "佰", "仟", "点", "兩", "其中", "超", "逾", "几", "数", "一二三", "三四",
      "一万零一", "三亿五千万", "三万五", "万亿", "一条龙", "一户一档", "统一", "3月底前", "22条", "“", "”", "级",
      "项目", "所", "瓦", "千瓦", "噸", "個", "１", "．");

  private static Gen<String> fragmentSentences() {
    return lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 14).map(parts -> String.join("", parts));
  }

  private static Gen<String> cjkAndDigits() {
    String alphabet = "0123456789.%、,，。万亿千百十元个户亩增长下降以上左右分别均两一二三第年的零点廿壹萬其中几";
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 30)
        .map(ix -> ix.stream().map(i -> String.valueOf(alphabet.charAt(i))).reduce("", String::concat));
  }

  /**
   * Parsing either succeeds with well-placed targets and warnings placed at line 1 inside the
   * sentence, or fails with an InputException, nothing else.
   */
  private static void parsesOrRejects(String sentence) {
    Throwable thrown = catchThrowable(() -> {
      TargetExtraction extraction = TargetParser.extract(sentence);
      checkTargets(sentence, extraction.targets());
      for (InputWarning w : extraction.warnings()) {
        assertThat(w.place().line()).isEqualTo(1);
        assertThat(w.place().column()).as("warning in \"%s\"", sentence).isBetween(1, sentence.length());
        assertThat(w.problem()).startsWith("数字 \"").contains("无法确定读法");
      }
    });
    if (thrown != null) {
      assertThat(thrown).as("thrown for \"%s\"", sentence).isInstanceOf(InputException.class);
      InputException e = (InputException) thrown;
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isBetween(1, sentence.length());
      assertThat(e.problem()).contains("\"").contains("超出范围: 以基本单位");
    }
  }

  /**
   * Spans are the substrings at their offsets; each contains its figure (found by the scanner, in
   * order: the figures of successive targets never go back) and, unless carried over from the
   * previous target, its metric; spans start in non-decreasing order.
   */
  private static void checkTargets(String sentence, List<Target> targets) {
    List<FigureScanner.Figure> figures = FigureScanner.scan(new Sentence(sentence)).figures();
    int previousStart = 0;
    int previousFigure = 0;
    Target previous = null;
    for (Target t : targets) {
      SourceSpan span = t.source();
      assertThat(sentence.substring(span.start(), span.end())).isEqualTo(span.text());
      assertThat(span.start()).isGreaterThanOrEqualTo(previousStart);
      previousStart = span.start();
      int from = previousFigure;
      FigureScanner.Figure figure = figures.stream()
          .filter(f -> f.start() >= from && f.value().equals(t.value()))
          .filter(f -> span.start() <= f.start() && f.end() <= span.end())
          .findFirst().orElse(null);
      assertThat(figure).as("figure %s inside span \"%s\" of \"%s\"", t.value(), span.text(), sentence)
          .isNotNull();
      previousFigure = figure.start();
      assertThat(sentence).contains(t.metric());
      if (previous == null || !previous.metric().equals(t.metric())) {
        assertThat(span.text()).as("span of %s in \"%s\"", t.metric(), sentence).contains(t.metric());
      }
      previous = t;
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
      String phrase = sentence.substring(0, sentence.length() - 1); // the whole phrase but 。
      assertThat(t.source()).isEqualTo(new SourceSpan(phrase, 0, phrase.length()));
    });
  }

  private static final List<String> LEADING = List.of("", "全年", "力争", "确保");
  private static final List<String> PERIOD_WORDS = List.of("", "一季度", "上半年", "前三季度", "年底前");

  @Test
  void spanStartsAtThePeriodOrMetricAfterLeadingAdverbs() {
    Gen<Integer> amounts = integers().between(1, 99_999);
    qt().withFixedSeed(42L).withExamples(1000)
        .forAll(Generate.pick(LEADING), Generate.pick(PERIOD_WORDS), amounts, Generate.pick(List.of("以上", "左右", "")))
        .checkAssert((leading, period, amount, boundWord) -> {
          String phrase = period + "开工率达" + amount + "%" + boundWord;
          String sentence = "加快推进重点项目," + leading + phrase + "。";
          List<Target> targets = TargetParser.parse(sentence);

          assertThat(targets).as(sentence).hasSize(1);
          int start = sentence.indexOf(phrase);
          assertThat(targets.get(0).source()).isEqualTo(new SourceSpan(phrase, start, start + phrase.length()));
        });
  }

  private static final List<String> WORK_VERBS = List.of("改造", "新建", "建设", "打通", "");
  private static final List<String> COUNTED = List.of("个老旧小区", "条断头路", "所城区学校体育场", "座农村公厕");

  @Test
  void countedNounAfterTheFigureEndsTheSpan() {
    qt().withFixedSeed(42L).withExamples(1000)
        .forAll(Generate.pick(WORK_VERBS), integers().between(1, 99_999), Generate.pick(COUNTED))
        .checkAssert((verb, amount, counted) -> {
          String sentence = "完成东关四期棚改," + verb + amount + counted + ",改善人居环境。";
          List<Target> targets = TargetParser.parse(sentence);

          assertThat(targets).as(sentence).hasSize(1);
          Target t = targets.get(0);
          String phrase = amount + counted;
          int start = sentence.indexOf(phrase);
          assertThat(t.metric()).isEqualTo(counted.substring(1));
          assertThat(t.source()).isEqualTo(new SourceSpan(phrase, start, start + phrase.length()));
        });
  }

  @Test
  void distributedFiguresShareTheWholePhrase() {
    qt().withFixedSeed(42L).withExamples(1000)
        .forAll(integers().between(1, 999), integers().between(1, 999), Generate.pick(List.of("、", "和", "")),
            Generate.pick(List.of("以上", "左右", "")))
        .checkAssert((urban, rural, connector, boundWord) -> {
          String phrase = "城乡居民人均可支配收入分别增长" + urban + "%" + connector + rural + "%" + boundWord;
          String sentence = "全年" + phrase + "。";
          List<Target> targets = TargetParser.parse(sentence);

          assertThat(targets).as(sentence).extracting(t -> t.subject().orElseThrow())
              .containsExactly("城镇", "农村");
          assertThat(targets).extracting(Target::value).containsExactly(
              new Quantity(BigDecimal.valueOf(urban), Unit.parse("%")),
              new Quantity(BigDecimal.valueOf(rural), Unit.parse("%")));
          assertThat(targets).extracting(Target::source).containsOnly(new SourceSpan(phrase, 2, 2 + phrase.length()));
        });
  }

  @Test
  void carriedOverMetricSpansItsOwnClause() {
    qt().withFixedSeed(42L).withExamples(1000)
        .forAll(integers().between(1, 99), integers().between(1, 100))
        .checkAssert((first, second) -> {
          String sentence = "力争一季度开工率达" + first + "%以上,二季度达" + second + "%,完成年度投资120亿元以上。";
          List<Target> targets = TargetParser.parse(sentence);

          assertThat(targets).as(sentence).extracting(t -> t.source().text()).containsExactly(
              "一季度开工率达" + first + "%以上", "二季度达" + second + "%", "年度投资120亿元以上");
          assertThat(targets.get(1).metric()).isEqualTo("开工率");
          assertThat(targets.get(1).source().start()).isEqualTo(sentence.indexOf("二季度"));
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
