package io.tracker.task;

import static java.util.Objects.requireNonNull;

import io.tracker.target.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One numbered task of a task book, or one indicator (考核指标) of an indicator table.
 *
 * @param id the printed number (序号), "1" … "107"
 * @param section number of the section or annex it is printed in
 * @param text the task text as printed (joined when the source split it over lines); an indicator's
 *     name as printed, its unit of measure included ("建设镇级污水处理设施(座)")
 * @param responsibility responsible units (责任单位) in printed order; for an indicator with one target
 *     column per unit, the units assessed on it (not "/"), each a lead, in column order
 * @param leaders leaders in charge (包抓领导, also 分管领导/责任领导), names without padding
 * @param deadline deadline (完成时限), if printed
 * @param targets quantitative targets in order of appearance in {@code text}, or for an indicator its
 *     target cells in column order; empty when none
 * @param tags categories (类别/标签) such as 民生实事, 创建, 重点, in the order given; empty when none
 * @param weight the indicator's points (分值, 基本分, 权重), if printed
 * @param scoringText how the indicator is scored (评分标准, 考核办法), as printed; see
 *     {@link io.tracker.target.StepRule}
 * @param assessor the body that assesses the indicator (考核单位, 监考单位), as printed; it is never
 *     responsible for the task
 */
public record Task(
    String id,
    int section,
    String text,
    Responsibility responsibility,
    List<String> leaders,
    Optional<Deadline> deadline,
    List<Target> targets,
    List<String> tags,
    Optional<BigDecimal> weight,
    Optional<String> scoringText,
    Optional<String> assessor) {

  public Task {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(responsibility, "responsibility");
    leaders = List.copyOf(requireNonNull(leaders, "leaders"));
    requireNonNull(deadline, "deadline");
    targets = List.copyOf(requireNonNull(targets, "targets"));
    tags = List.copyOf(requireNonNull(tags, "tags"));
    requireNonNull(weight, "weight");
    requireNonNull(scoringText, "scoringText");
    requireNonNull(assessor, "assessor");
    if (weight.isPresent() && weight.get().signum() < 0) {
      throw new IllegalArgumentException("weight (分值) is negative: " + weight.get());
    }
  }

  /** A task without tags and without the columns of an indicator table (no 分值, 评分标准 or 考核单位). */
  public Task(String id, int section, String text, Responsibility responsibility, List<String> leaders,
      Optional<Deadline> deadline, List<Target> targets) {
    this(id, section, text, responsibility, leaders, deadline, targets, List.of(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** This task with the tags {@code tags}. */
  public Task withTags(List<String> tags) {
    return new Task(id, section, text, responsibility, leaders, deadline, targets, tags, weight, scoringText,
        assessor);
  }
}
