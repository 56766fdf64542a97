package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Every comparison word a {@link Bound} owns, before or after a generated figure in a target
 * sentence, gives that bound and the figure: the words are read where they are defined, longest
 * first, so that 不超过 (AT_MOST) is not taken for 超过 (AT_LEAST). The hand-picked sentences are in
 * {@link TargetParserTrapsTest} ("cmp…", "sym…").
 */
class ComparisonWordsPropertiesTest {

  /** A metric and the unit its figure is printed in. */
  record Metric(String name, String unit) {}

  static final List<Metric> METRICS = List.of(new Metric("新增城镇就业", "人"), new Metric("城镇登记失业率", "%"),
      new Metric("新增规上工业企业", "家"), new Metric("粮食产量", "万吨"), new Metric("生产安全事故死亡人数", "人"));

  @Test
  void aComparisonWordBeforeTheFigureSetsItsBound() {
    qt().forAll(Generate.pick(Bound.comparisonsBefore()), Generate.pick(METRICS), integers().between(1, 99_999))
        .checkAssert((comparison, metric, n) ->
            readsOneTarget(metric.name() + comparison.word() + n + metric.unit(), comparison.bound(), n));
  }

  @Test
  void aComparisonWordAfterTheFigureSetsItsBoundEvenAfterAWordBefore() {
    qt().forAll(Generate.pick(Bound.comparisonsAfter()), Generate.pick(METRICS), integers().between(1, 99_999),
            Generate.pick(List.of("", "达到", "不低于")))
        .checkAssert((comparison, metric, n, before) ->
            readsOneTarget(metric.name() + before + n + metric.unit() + comparison.word(), comparison.bound(), n));
  }

  private static void readsOneTarget(String sentence, Bound bound, int figure) {
    List<Target> targets = TargetParser.parse(sentence);
    assertThat(targets).as(sentence).hasSize(1);
    assertThat(targets.get(0).bound()).as(sentence).isEqualTo(bound);
    assertThat(targets.get(0).value().amount()).as(sentence).isEqualByComparingTo(BigDecimal.valueOf(figure));
  }

  @Test
  void everyWordBelongsToOneBoundAndNoLongerWordFollowsAShorterOne() {
    for (List<Bound.Comparison> words : List.of(Bound.comparisonsBefore(), Bound.comparisonsAfter())) {
      assertThat(words).extracting(Bound.Comparison::word).doesNotHaveDuplicates();
      for (int i = 1; i < words.size(); i++) {
        assertThat(words.get(i).word().length()).isLessThanOrEqualTo(words.get(i - 1).word().length());
      }
    }
    assertThat(Bound.comparisonsBefore()).extracting(Bound.Comparison::bound)
        .containsOnly(Bound.AT_LEAST, Bound.AT_MOST);
  }
}
