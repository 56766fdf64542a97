package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.StepRule.BonusCap;
import io.tracker.target.StepRule.Partial;
import io.tracker.target.StepRule.Shortfall;
import io.tracker.target.StepRule.Side;
import io.tracker.target.StepRule.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generated step rules: printed and read back they are the same rule; scored at any value they keep
 * to their floor (扣完为止: never below 0) and their cap (never above 分值 + cap), and a rule that adds
 * above the target and deducts below it never gives fewer points for a better value.
 */
class StepRulePropertiesTest {
  /** Step and target units that fit together: rates, money, a count. */
  private enum Family {
    RATE(List.of("%", "个百分点"), List.of("%")),
    MONEY(List.of("%", "万元", "亿元", "元"), List.of("万元", "亿元")),
    COUNT(List.of("%", "座"), List.of("座"));

    final List<String> steps;
    final List<String> targets;

    Family(List<String> steps, List<String> targets) {
      this.steps = steps;
      this.targets = targets;
    }
  }

  /** A rule, the target it is scored against, an actual value and a 分值. */
  private record Case(StepRule rule, Quantity target, Bound bound, BigDecimal actual, BigDecimal weight) {
    BigDecimal points() {
      return rule.points(target, bound, actual, weight);
    }

    BigDecimal points(BigDecimal other) {
      return rule.points(target, bound, other, weight);
    }
  }

  /** A whole number or one with one decimal, from {@code min} to {@code max}. */
  private static BigDecimal decimal(RandomnessSource in, int min, int max) {
    return booleans().all().generate(in) ? BigDecimal.valueOf(integers().between(min, max).generate(in))
        : BigDecimal.valueOf(integers().between(min * 10, max * 10).generate(in), 1);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(integers().between(0, values.size() - 1).generate(in));
  }

  /** What the generated rules must have. */
  private enum Must { ANYTHING, FLOOR, CAP }

  private static Gen<StepRule> rules(Family family, boolean usual, Must must) {
    return in -> {
      Shortfall shortfall = pick(in, List.of(Shortfall.values()));
      List<Step> steps = new ArrayList<>();
      int count = integers().between(0, 4).generate(in);
      for (int i = 0; i < count; i++) {
        Side side = pick(in, List.of(Side.values()));
        boolean bonus = usual ? side == Side.ABOVE : booleans().all().generate(in);
        if (shortfall != Shortfall.UNSTATED) {
          bonus = true;
          side = usual ? Side.ABOVE : side;
        }
        BigDecimal points = decimal(in, 1, 5);
        steps.add(new Step(side, new Quantity(decimal(in, 1, 20), Unit.parse(pick(in, family.steps))),
            bonus ? points : points.negate(), pick(in, List.of(Partial.values()))));
      }
      Optional<BonusCap> cap = switch (integers().between(must == Must.CAP ? 1 : 0, 2).generate(in)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(new BonusCap(Optional.empty()));
        default -> Optional.of(new BonusCap(Optional.of(decimal(in, 1, 10))));
      };
      return new StepRule(steps, shortfall, must == Must.FLOOR || booleans().all().generate(in), cap);
    };
  }

  private static Gen<Case> cases(boolean usual, Must must) {
    return in -> {
      Family family = pick(in, List.of(Family.values()));
      StepRule rule = rules(family, usual, must).generate(in);
      Quantity target = new Quantity(decimal(in, 0, 500), Unit.parse(pick(in, family.targets)));
      Bound bound = usual ? Bound.AT_LEAST : pick(in, List.of(Bound.values()));
      BigDecimal actual = target.amount().multiply(BigDecimal.valueOf(integers().between(-100, 300).generate(in), 2))
          .add(decimal(in, 0, 3));
      return new Case(rule, target, bound, actual, decimal(in, 0, 20));
    };
  }

  @Test
  void aPrintedRuleReadsBackAsItself() {
    qt().withFixedSeed(42L).withExamples(500)
        .forAll(in -> rules(pick(in, List.of(Family.values())), booleans().all().generate(in), Must.ANYTHING)
            .generate(in))
        .check(rule -> StepRule.parse(rule.toString()).equals(rule));
  }

  @Test
  void neverBelowZeroWhenDeductionsStopAtZero() {
    qt().withFixedSeed(42L).withExamples(2000)
        .forAll(cases(false, Must.FLOOR))
        .check(c -> c.points().signum() >= 0);
  }

  @Test
  void neverAboveTheWeightPlusTheCap() {
    qt().withFixedSeed(42L).withExamples(2000)
        .forAll(cases(false, Must.CAP))
        .check(c -> c.points().compareTo(c.weight().add(c.rule().bonusCap().get().limit(c.weight()))) <= 0);
  }

  @Test
  void aBetterValueNeverScoresLess() {
    qt().withFixedSeed(42L).withExamples(2000)
        .forAll(cases(true, Must.ANYTHING), integers().between(0, 500))
        .check((c, more) -> c.points(c.actual().add(BigDecimal.valueOf(more, 1))).compareTo(c.points()) >= 0);
  }

  @Test
  void exactlyOnTargetScoresTheWeight() {
    qt().withFixedSeed(42L).withExamples(1000)
        .forAll(cases(false, Must.ANYTHING))
        .check(c -> c.rule().points(c.target(), c.bound(), c.target().amount(), c.weight())
            .compareTo(c.weight()) == 0);
  }

  @Test
  void theGeneratorsReachEveryCase() {
    List<Case> sample = new ArrayList<>();
    qt().withFixedSeed(42L).withExamples(300).forAll(cases(false, Must.ANYTHING)).checkAssert(sample::add);
    assertThat(sample).anyMatch(c -> c.rule().floorAtZero()).anyMatch(c -> c.rule().bonusCap().isPresent())
        .anyMatch(c -> c.points().signum() < 0)
        .anyMatch(c -> c.rule().steps().stream().anyMatch(s -> s.partial() == Partial.PRO_RATA));
  }
}
