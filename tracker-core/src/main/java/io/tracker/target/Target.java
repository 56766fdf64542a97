package io.tracker.target;

import static java.util.Objects.requireNonNull;

import io.tracker.quantity.Quantity;
import java.util.Optional;

/**
 * A quantitative target (量化指标) extracted from a task sentence: "地方财政收入增长13%" is metric
 * 地方财政收入, kind {@link TargetKind#GROWTH}, bound {@link Bound#EXACTLY}, value 13%.
 *
 * @param metric what is measured, as printed: 地方财政收入, 发行专债, 开工率
 * @param subject the subject a distributed figure applies to ("分别增长8%、9%" over 城镇/农村), if any
 * @param kind growth, decline, amount, level or maintain
 * @param bound how the figure bounds the result
 * @param value the printed figure and unit (4.5亿元); {@code value.toBase()} is the base form
 * @param period the period the target is due by (一季度), if printed
 * @param qualifier a qualifier that is not itself a target ("亿元以上" in 招引亿元以上项目35个), if any
 * @param source the printed substring and its offsets in the task text
 * @param part whether the figure is a part of a figure printed before it, not a target of its own:
 *     "新建学校20所,其中幼儿园7个" gives 20所 and the part 7个 (其中 introduces a breakdown)
 * @param due the date the target is due by when one is printed before it ("3月底前", "上半年",
 *     "9月"), quarter periods included; empty when the task's deadline applies
 */
public record Target(
    String metric,
    Optional<String> subject,
    TargetKind kind,
    Bound bound,
    Quantity value,
    Optional<Period> period,
    Optional<String> qualifier,
    SourceSpan source,
    boolean part,
    Optional<Due> due) {

  public Target {
    requireNonNull(metric, "metric");
    requireNonNull(subject, "subject");
    requireNonNull(kind, "kind");
    requireNonNull(bound, "bound");
    requireNonNull(value, "value");
    requireNonNull(period, "period");
    requireNonNull(qualifier, "qualifier");
    requireNonNull(source, "source");
    requireNonNull(due, "due");
  }

  /** A target due by its period's end when it has one (一季度 → 31 March), else by the task deadline. */
  public Target(String metric, Optional<String> subject, TargetKind kind, Bound bound, Quantity value,
      Optional<Period> period, Optional<String> qualifier, SourceSpan source, boolean part) {
    this(metric, subject, kind, bound, value, period, qualifier, source, part,
        period.map(p -> Due.of(p, p.printed())));
  }

  /** A target that is no part of another one. */
  public Target(String metric, Optional<String> subject, TargetKind kind, Bound bound, Quantity value,
      Optional<Period> period, Optional<String> qualifier, SourceSpan source) {
    this(metric, subject, kind, bound, value, period, qualifier, source, false);
  }

  /** The value in its base unit: 450000000元 for 4.5亿元. */
  public Quantity baseValue() {
    return value.toBase();
  }
}
