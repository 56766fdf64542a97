package io.tracker.target;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How an indicator's scoring text (评分标准) gives points: "完成得基本分,大于目标值的,每增加5%加1分;
 * 小于目标值的,每少1%扣1分,扣分至基本分值扣完为止" is the base (分值) on completion, a step of +1 for
 * every whole 5% above the target, a step of −1 for every whole 1% below it, and a floor at 0.
 *
 * <p>{@link #parse} reads the printed forms docs/indicators.md lists; {@link #toString()} prints a rule
 * in the form {@code parse} reads back to an equal rule. {@link #points} is a pure function of the
 * target, the actual value and the 分值.
 *
 * <p>Points of an actual value {@code A} against a target {@code T} with 分值 {@code W}:
 *
 * <ol>
 *   <li>The target is completed when {@code A ≥ T}, or {@code A ≤ T} for a target bounded
 *       {@link Bound#AT_MOST} (控制在4.1%以内: lower is better).
 *   <li>The steps on the side of {@code T} where {@code A} lies count: each gives its points (negative for
 *       扣) times the number of steps {@code |A − T|} holds, whole steps only unless the step says
 *       otherwise ({@link Partial}). A step in % (or 个百分点) on an indicator in % counts percentage
 *       points (92% against 85% is 7 points: one step of 5%); a step in % on any other indicator is
 *       relative to the target (135 against 100 is 35%: three steps of 10%); a step with another unit
 *       ("10万元") is absolute, in the indicator's base unit.
 *   <li>Completed: {@code W} plus the steps. Not completed: 0 for {@link Shortfall#NOTHING}
 *       (未完成的不得分); {@code W × A/T} (the completion ratio, 0–1) for {@link Shortfall#PRO_RATA}
 *       (按完成比例得分); for {@link Shortfall#UNSTATED} {@code W} plus the steps when a step counts
 *       on that side, else {@code W × A/T} as well. For a lower-is-better target the ratio is
 *       {@code T/A}.
 *   <li>{@link #floorAtZero()} (扣完为止) keeps the points at 0 or above; a {@link BonusCap} (加分至基本分值
 *       封顶, 最高加3分) keeps them at {@code W} plus the cap or below.
 * </ol>
 *
 * @param steps the steps (每超过5%加1分, 每低于1%扣1分) in printed order
 * @param shortfall what a target not completed earns besides its steps
 * @param floorAtZero whether deductions stop at 0 points (扣完为止)
 * @param bonusCap the most points a rule may add to the 分值, if it says
 */
public record StepRule(List<Step> steps, Shortfall shortfall, boolean floorAtZero, Optional<BonusCap> bonusCap) {
  /**
   * The rule for a scoring text that cannot be read, or for an indicator without one: the 分值 on
   * completion, else the 分值 times the completion ratio ("完成得基本分；未完成的按完成比例得分").
   */
  public static final StepRule BY_COMPLETION = new StepRule(List.of(), Shortfall.PRO_RATA, false, Optional.empty());

  private static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Which side of the target the actual value lies on for a step to count. */
  public enum Side {
    /** Above the target: 每增加, 每超过, 每高于, 每提高. */
    ABOVE,
    /** Below the target: 每少, 每低于, 每减少, 每降低, 每差. */
    BELOW
  }

  /** How a part of a step counts. */
  public enum Partial {
    /** Only whole steps count: 35 over with steps of 10 is 3 steps. */
    WHOLE,
    /** A part counts as a whole step: 不足5%的按5%计 (35 over with steps of 10 is 4 steps). */
    AS_STEP,
    /** A part counts in proportion: 不足5%的按比例计 (35 over with steps of 10 is 3.5 steps). */
    PRO_RATA
  }

  /** What a target not completed earns besides its steps. */
  public enum Shortfall {
    /** The text does not say: the steps on the shortfall side if any, else the completion ratio. */
    UNSTATED,
    /** 未完成的不得分: nothing. */
    NOTHING,
    /** 按完成比例得分: the 分值 times the completion ratio. */
    PRO_RATA
  }

  /**
   * One step: every {@code size} the actual value lies on {@code side} of the target gives
   * {@code points} (加 positive, 扣 negative).
   *
   * @param side the side of the target the step counts on
   * @param size the step: 5%, 1个百分点, 10万元, 1座
   * @param points the points per step, never 0: 1 for 加1分, −0.5 for 扣0.5分
   * @param partial how a part of a step counts
   */
  public record Step(Side side, Quantity size, BigDecimal points, Partial partial) {
    public Step {
      requireNonNull(side, "side");
      requireNonNull(size, "size");
      requireNonNull(points, "points");
      requireNonNull(partial, "partial");
      if (size.amount().signum() <= 0) {
        throw new IllegalArgumentException("step size must be above 0: " + size);
      }
      if (points.signum() == 0) {
        throw new IllegalArgumentException("points per step must not be 0");
      }
    }

    /** Whether the step is in % or 个百分点 (a rate) rather than in a unit of the indicator. */
    boolean isRate() {
      return size.unit().isPercent() || isPercentagePoint(size.unit());
    }
  }

  /**
   * The most points a rule adds to the 分值: the 分值 itself (加分至基本分值封顶) when {@code points} is
   * empty, else {@code points} (最高加3分).
   */
  public record BonusCap(Optional<BigDecimal> points) {
    public BonusCap {
      requireNonNull(points, "points");
      if (points.isPresent() && points.get().signum() <= 0) {
        throw new IllegalArgumentException("bonus cap must be above 0: " + points.get());
      }
    }

    /** The cap for an indicator of {@code weight} points. */
    public BigDecimal limit(BigDecimal weight) {
      return points.orElse(weight);
    }
  }

  public StepRule {
    steps = List.copyOf(requireNonNull(steps, "steps"));
    requireNonNull(shortfall, "shortfall");
    requireNonNull(bonusCap, "bonusCap");
    if (shortfall != Shortfall.UNSTATED && steps.stream().anyMatch(s -> s.points().signum() < 0)) {
      throw new IllegalArgumentException("a rule that scores a shortfall as " + shortfall
          + " has no deductions per step: " + steps);
    }
  }

  /**
   * Reads a scoring text (评分标准) as printed; the grammar is in docs/indicators.md.
   *
   * @throws InputException at {@link InputException#NO_FILE} line 1 and the column of the first part
   *     it cannot read, or of the text when its parts contradict each other; importers relocate it
   */
  public static StepRule parse(String text) {
    return StepRuleParser.parse(requireNonNull(text, "text"));
  }

  /** The rule {@code text} prints, or empty when {@link #parse} cannot read it. */
  public static Optional<StepRule> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether every step can be measured on an indicator in {@code unit}: a step in 个百分点 needs an
   * indicator in %, a step with a unit of its own (万元) one in the same base unit (元); a step in % fits
   * every indicator.
   */
  public boolean fits(Unit unit) {
    requireNonNull(unit, "unit");
    for (Step step : steps) {
      Unit size = step.size().unit();
      boolean fits = size.isPercent() || (isPercentagePoint(size) ? isRateIndicator(unit)
          : size.baseUnit().equals(unit.baseUnit()));
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /**
   * The points of {@code actual} (in the target's unit, as a ledger reports it) against {@code target}
   * for an indicator worth {@code weight} (分值), as the class comment says.
   *
   * @throws IllegalArgumentException when a step does not {@linkplain #fits fit} the target's unit, or
   *     the weight is negative
   */
  public BigDecimal points(Quantity target, Bound bound, BigDecimal actual, BigDecimal weight) {
    requireNonNull(target, "target");
    requireNonNull(bound, "bound");
    requireNonNull(actual, "actual");
    requireNonNull(weight, "weight");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException("weight (分值) must not be negative: " + weight);
    }
    if (!fits(target.unit())) {
      throw new IllegalArgumentException("rule \"" + this + "\" does not fit an indicator in " + target.unit());
    }
    BigDecimal t = target.amount();
    int side = actual.compareTo(t);
    boolean lowerIsBetter = bound.lowerIsBetter();
    boolean completed = lowerIsBetter ? side <= 0 : side >= 0;
    BigDecimal distance = actual.subtract(t).abs();
    BigDecimal stepPoints = BigDecimal.ZERO;
    boolean stepCounts = false;
    for (Step step : steps) {
      if (side != 0 && step.side() == (side > 0 ? Side.ABOVE : Side.BELOW)) {
        stepCounts = true;
        stepPoints = stepPoints.add(step.points().multiply(count(step, distance, target)));
      }
    }
    BigDecimal points;
    if (completed) {
      points = weight.add(stepPoints);
    } else if (shortfall == Shortfall.NOTHING) {
      points = BigDecimal.ZERO;
    } else if (shortfall == Shortfall.UNSTATED && stepCounts) {
      points = weight.add(stepPoints);
    } else {
      points = weight.multiply(ratio(t, actual, lowerIsBetter));
    }
    if (floorAtZero && points.signum() < 0) {
      points = BigDecimal.ZERO;
    }
    if (bonusCap.isPresent()) {
      points = points.min(weight.add(bonusCap.get().limit(weight)));
    }
    return points.round(PRECISION).stripTrailingZeros();
  }

  /**
   * {@link #points(Quantity, Bound, BigDecimal, BigDecimal)} for a target with a figure.
   *
   * @throws IllegalStateException for a relative target, which needs its benchmark as the figure
   */
  public BigDecimal points(Target target, BigDecimal actual, BigDecimal weight) {
    return points(target.value(), target.bound(), actual, weight);
  }

  /** The number of steps {@code distance} (in the target's unit) holds. */
  private static BigDecimal count(Step step, BigDecimal distance, Quantity target) {
    Unit unit = target.unit();
    BigDecimal steps;
    if (step.isRate() && isRateIndicator(unit)) {
      steps = distance.divide(step.size().amount(), PRECISION);
    } else if (step.isRate()) {
      if (target.amount().signum() == 0) {
        return BigDecimal.ZERO; // no share of a target of 0
      }
      steps = distance.multiply(HUNDRED).divide(target.amount().abs().multiply(step.size().amount()), PRECISION);
    } else {
      steps = distance.multiply(unit.magnitude().factor())
          .divide(step.size().amount().multiply(step.size().unit().magnitude().factor()), PRECISION);
    }
    return switch (step.partial()) {
      case WHOLE -> steps.setScale(0, RoundingMode.FLOOR);
      case AS_STEP -> steps.setScale(0, RoundingMode.CEILING);
      case PRO_RATA -> steps;
    };
  }

  /** The completion ratio, 0–1. */
  private static BigDecimal ratio(BigDecimal target, BigDecimal actual, boolean lowerIsBetter) {
    BigDecimal ratio;
    if (lowerIsBetter) {
      ratio = target.signum() <= 0 || actual.signum() <= 0 ? BigDecimal.ZERO : target.divide(actual, PRECISION);
    } else {
      ratio = target.signum() <= 0 ? BigDecimal.ZERO : actual.divide(target, PRECISION);
    }
    return ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  private static boolean isPercentagePoint(Unit unit) {
    return unit.base().equals("个百分点") || unit.base().equals("百分点");
  }

  /** Whether an indicator in {@code unit} is a rate whose % steps are percentage points. */
  private static boolean isRateIndicator(Unit unit) {
    return unit.isPercent() || isPercentagePoint(unit);
  }

  /**
   * The rule in the form {@link #parse} reads: "完成得基本分；每超过5%加1分；每低于1%扣1分；扣完为止",
   * each step followed by how a part counts ("，不足5%按比例计") unless only whole steps count.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("完成得基本分");
    for (Step step : steps) {
      String size = step.size().toString();
      out.append("；每").append(step.side() == Side.ABOVE ? "超过" : "低于").append(size)
          .append(step.points().signum() > 0 ? "加" : "扣").append(step.points().abs().toPlainString()).append("分");
      if (step.partial() == Partial.AS_STEP) {
        out.append("，不足").append(size).append("按").append(size).append("计");
      } else if (step.partial() == Partial.PRO_RATA) {
        out.append("，不足").append(size).append("按比例计");
      }
    }
    if (shortfall == Shortfall.NOTHING) {
      out.append("；未完成的不得分");
    } else if (shortfall == Shortfall.PRO_RATA) {
      out.append("；未完成的按完成比例得分");
    }
    if (floorAtZero) {
      out.append("；扣完为止");
    }
    bonusCap.ifPresent(cap -> out.append(cap.points().map(p -> "；最高加" + p.toPlainString() + "分")
        .orElse("；加分至基本分值封顶")));
    return out.toString();
  }
}
