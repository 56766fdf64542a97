package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Any month and day printed before a target is its due date; the date words never reach the metric. */
class TargetDuePropertiesTest {
  private static final String[] PARTS = {"底前", "底", "末", "前", "份", ""};
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

  @Test
  void theDatePrintedBeforeATargetIsItsDue() {
    qt().withExamples(300).forAll(integers().between(1, 12), integers().between(0, PARTS.length - 1),
        integers().between(1, 999)).checkAssert((month, part, amount) -> {
          String sentence = month + "月" + PARTS[part] + "完成投资" + amount + "亿元";
          Target target = TargetParser.parse(sentence).get(0);
          assertThat(target.metric()).as(sentence).isEqualTo("投资");
          assertThat(target.due().orElseThrow().day().getMonthValue()).as(sentence).isEqualTo(month);
          assertThat(target.due().orElseThrow().date(2023)).as(sentence)
              .isEqualTo(YearMonth.of(2023, month).atEndOfMonth());
        });
  }

  @Test
  void aDayInChineseNumeralsIsReadToo() {
    qt().withExamples(200).forAll(integers().between(1, 12), integers().between(1, 28)).checkAssert((month, day) -> {
      String sentence = NUMERALS[month - 1] + "月" + (day <= 10 ? NUMERALS[day - 1] : String.valueOf(day)) + "日前新建学校3所";
      Target target = TargetParser.parse(sentence).get(0);
      assertThat(target.metric()).as(sentence).isEqualTo("学校");
      assertThat(target.due().orElseThrow().date(2023)).as(sentence).isEqualTo(YearMonth.of(2023, month).atDay(day));
    });
  }
}
