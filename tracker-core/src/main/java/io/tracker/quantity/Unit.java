package io.tracker.quantity;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A unit as printed: a magnitude over a base unit. 亿元 = {@link Magnitude#YI} × 元; % and count
 * units (个, 户, 家, 人次 …) have magnitude {@link Magnitude#ONE} unless printed with one (9.4万人).
 *
 * <p>Known base units: counts 个 户 家 座 所 条 台 张 名 人 人次 场 场次 项 件 次 辆 套 间 处 栋 株 头 只
 * 批次; measures % ‰ 个百分点 百分点 元 美元 欧元 吨 斤 公斤 克 亩 平方米 平方公里 公顷 公里 米 立方米 千瓦
 * 千瓦时 兆瓦 天 小时 岁 倍 微克/立方米 标准箱. A base unit is never read as a magnitude over something else:
 * 平方公里, 公里, 千瓦 and 个百分点 are base units, while 万吨 is 万 × 吨 and 千克 is 千 × 克 (so every
 * magnitude over every base unit prints and parses back to itself).
 *
 * <p>{@link #toString()} is the printed form ("亿元") and {@link #parse(String)} accepts it.
 */
public record Unit(Magnitude magnitude, String base) {
  public static final Unit PERCENT = new Unit(Magnitude.ONE, "%");

  public Unit {
    requireNonNull(magnitude, "magnitude");
    requireNonNull(base, "base");
  }

  /** Whether this is a percentage (%), the unit of growth, decline and rate targets. */
  public boolean isPercent() {
    return magnitude == Magnitude.ONE && base.equals("%");
  }

  /** Whether the base unit is a ratio: %, ‰ or 个百分点 (percentage points). */
  public boolean isRatio() {
    return base.equals("%") || base.equals("‰") || base.equals("个百分点") || base.equals("百分点");
  }

  /** Whether the base unit counts things (a classifier, 量词: 个, 户, 家, 人 …) rather than measuring. */
  public boolean isCount() {
    return UnitParser.COUNT_UNITS.contains(base);
  }

  /** The base unit: 元 for 亿元. */
  public Unit baseUnit() {
    return magnitude == Magnitude.ONE ? this : new Unit(Magnitude.ONE, base);
  }

  /**
   * Parses a printed unit such as "亿元", "万人", "%", "个".
   *
   * @throws io.tracker.InputException when the text is not a known unit
   */
  public static Unit parse(String printed) {
    return UnitParser.parse(requireNonNull(printed, "printed"));
  }

  /**
   * The longest unit printed at {@code start} of {@code text}: 万亩 in "3万亩以上" read at the 万;
   * empty when no known unit starts there.
   */
  public static Optional<Unit> readAt(CharSequence text, int start) {
    return UnitParser.readAt(requireNonNull(text, "text"), start);
  }

  @Override
  public String toString() {
    return magnitude.prefix() + base;
  }
}
