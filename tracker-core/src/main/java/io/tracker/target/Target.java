package io.tracker.target;

import static java.util.Objects.requireNonNull;

import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import java.util.Optional;

/**
 * A quantitative target (量化指标) extracted from a task sentence or read from an indicator table's
 * target cell: "地方财政收入增长13%" is metric 地方财政收入, kind {@link TargetKind#GROWTH}, bound
 * {@link Bound#EXACTLY}, value 13%.
 *
 * <p>A <b>relative target</b> ("不低于全省平均水平") has a {@link #reference()} and no figure: its
 * {@link #value()} throws, so that nothing can read it as a number by mistake; {@link #figure()} is
 * empty for it and {@link #unit()} gives the indicator's unit when known. Every other target has a
 * value and no reference.
 *
 * @param metric what is measured, as printed: 地方财政收入, 发行专债, 开工率
 * @param subject the subject a distributed figure applies to ("分别增长8%、9%" over 城镇/农村), if any
 * @param kind growth, decline, amount, level or maintain
 * @param bound how the figure bounds the result
 * @param value the printed figure and unit (4.5亿元); {@code null} exactly when {@code reference} is
 *     present (read it through {@link #value()} or {@link #figure()})
 * @param period the period the target is due by (一季度), if printed
 * @param qualifier a qualifier that is not itself a target ("亿元以上" in 招引亿元以上项目35个), if any
 * @param source the printed substring and its offsets in the task text; for a target read from a
 *     target cell of an indicator table, the cell's text and offsets in it
 * @param part whether the figure is a part of a figure printed before it, not a target of its own:
 *     "新建学校20所,其中幼儿园7个" gives 20所 and the part 7个 (其中 introduces a breakdown)
 * @param due the date the target is due by when one is printed before it ("3月底前", "上半年",
 *     "9月"), quarter periods included; empty when the task's deadline applies
 * @param assignee the unit the figure is set for, in an indicator table with one target column per
 *     unit (柯城区); empty when the target is the whole task's
 * @param reference what a relative target is measured against; empty for a target with a figure
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
    Optional<Due> due,
    Optional<String> assignee,
    Optional<Reference> reference) {

  public Target {
    requireNonNull(metric, "metric");
    requireNonNull(subject, "subject");
    requireNonNull(kind, "kind");
    requireNonNull(bound, "bound");
    requireNonNull(period, "period");
    requireNonNull(qualifier, "qualifier");
    requireNonNull(source, "source");
    requireNonNull(due, "due");
    requireNonNull(assignee, "assignee");
    requireNonNull(reference, "reference");
    if (reference.isEmpty()) {
      requireNonNull(value, "value");
    } else if (value != null) {
      throw new IllegalArgumentException("a relative target (" + reference.get().printed() + ") has no value: "
          + value);
    }
  }

  /**
   * A target of the whole task, with a figure, due by its period's end when it has one (一季度 → 31
   * March), else by the task deadline.
   */
  public Target(String metric, Optional<String> subject, TargetKind kind, Bound bound, Quantity value,
      Optional<Period> period, Optional<String> qualifier, SourceSpan source, boolean part) {
    this(metric, subject, kind, bound, requireNonNull(value, "value"), period, qualifier, source, part,
        period.map(p -> Due.of(p, p.printed())), Optional.empty(), Optional.empty());
  }

  /** A target of the whole task, with a figure, that is no part of another one. */
  public Target(String metric, Optional<String> subject, TargetKind kind, Bound bound, Quantity value,
      Optional<Period> period, Optional<String> qualifier, SourceSpan source) {
    this(metric, subject, kind, bound, value, period, qualifier, source, false);
  }

  /**
   * The printed figure and unit (4.5亿元).
   *
   * @throws IllegalStateException for a relative target, which has no figure: check {@link #reference()}
   *     or read {@link #figure()}
   */
  @Override
  public Quantity value() {
    if (value == null) {
      throw new IllegalStateException("relative target \"" + source.text() + "\" (reference "
          + reference.orElseThrow().printed() + ") has no figure");
    }
    return value;
  }

  /** The printed figure and unit; empty for a relative target. */
  public Optional<Quantity> figure() {
    return Optional.ofNullable(value);
  }

  /** The unit the target is measured in: its figure's, or a relative target's indicator unit if known. */
  public Optional<Unit> unit() {
    return value != null ? Optional.of(value.unit()) : reference.orElseThrow().unit();
  }

  /**
   * The value in its base unit: 450000000元 for 4.5亿元.
   *
   * @throws IllegalStateException for a relative target, as {@link #value()}
   */
  public Quantity baseValue() {
    return value().toBase();
  }

  /** This target set for {@code unit} (an indicator table's unit column). */
  public Target assignedTo(String unit) {
    return new Target(metric, subject, kind, bound, value, period, qualifier, source, part, due,
        Optional.of(requireNonNull(unit, "unit")), reference);
  }

  /** This target due as {@code due} says (a date printed before it), or by the task deadline when empty. */
  public Target withDue(Optional<Due> due) {
    return new Target(metric, subject, kind, bound, value, period, qualifier, source, part, due, assignee,
        reference);
  }
}
