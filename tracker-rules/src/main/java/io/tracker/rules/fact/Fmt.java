package io.tracker.rules.fact;

import io.tracker.ledger.Status;
import io.tracker.target.TargetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formatting of figures in flag messages. Percentages and points show 1 decimal, truncated so that a
 * figure is never shown larger than it is (6/11 = 0.5455 → "54.5%"); values show at least 1 decimal
 * in the target's printed unit ("2.0亿元").
 */
public final class Fmt {
  private Fmt() {}

  /** A ratio as a percentage: 0.4444 → "44.4%". */
  public static String percent(BigDecimal ratio) {
    return oneDecimal(ratio.movePointRight(2)) + "%";
  }

  /** Percentage points: 10.11 → "10.1". */
  public static String points(BigDecimal points) {
    return oneDecimal(points);
  }

  /** A value as reported: 2 → "2.0", 3.25 → "3.25". */
  public static String value(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return (plain.scale() < 1 ? plain.setScale(1) : plain).toPlainString();
  }

  /** The target as printed after its metric: "4.5亿元以上", "增长13%", "下降5%左右". */
  public static String target(TargetFact target) {
    return verb(target.kind()) + target.value().stripTrailingZeros().toPlainString() + target.printedUnit()
        + target.bound().word();
  }

  /** A status in words: 未启动, 推进中, 已完成, 受阻. */
  public static String status(Status status) {
    return switch (status) {
      case NOT_STARTED -> "未启动";
      case IN_PROGRESS -> "推进中";
      case DONE -> "已完成";
      case BLOCKED -> "受阻";
    };
  }

  /** The actual value after the metric: "发行专债完成2.0亿元", "地方财政收入增长10.0%". */
  public static String actual(TargetFact target, BigDecimal value) {
    String verb = switch (target.kind()) {
      case GROWTH -> "增长";
      case DECLINE -> "下降";
      case AMOUNT -> "完成";
      case LEVEL, MAINTAIN -> "达";
    };
    return target.metric() + verb + value(value) + target.printedUnit();
  }

  private static String verb(TargetKind kind) {
    return switch (kind) {
      case GROWTH -> "增长";
      case DECLINE -> "下降";
      default -> "";
    };
  }

  private static String oneDecimal(BigDecimal value) {
    return value.setScale(1, RoundingMode.DOWN).toPlainString();
  }
}
