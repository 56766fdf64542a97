package io.tracker.task;

import static java.util.Objects.requireNonNull;

import io.tracker.target.Target;
import java.util.List;
import java.util.Optional;

/**
 * One numbered task of a task book.
 *
 * @param id the printed number (序号), "1" … "107"
 * @param section number of the section or annex it is printed in
 * @param text the task text as printed (joined when the source split it over lines)
 * @param responsibility responsible units (责任单位) in printed order
 * @param leaders leaders in charge (包抓领导, also 分管领导/责任领导), names without padding
 * @param deadline deadline (完成时限), if printed
 * @param targets quantitative targets in order of appearance in {@code text}; empty when none
 * @param tags categories (类别/标签) such as 民生实事, 创建, 重点, in the order given; empty when none
 */
public record Task(
    String id,
    int section,
    String text,
    Responsibility responsibility,
    List<String> leaders,
    Optional<Deadline> deadline,
    List<Target> targets,
    List<String> tags) {

  public Task {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(responsibility, "responsibility");
    leaders = List.copyOf(requireNonNull(leaders, "leaders"));
    requireNonNull(deadline, "deadline");
    targets = List.copyOf(requireNonNull(targets, "targets"));
    tags = List.copyOf(requireNonNull(tags, "tags"));
  }

  /** A task without tags. */
  public Task(String id, int section, String text, Responsibility responsibility, List<String> leaders,
      Optional<Deadline> deadline, List<Target> targets) {
    this(id, section, text, responsibility, leaders, deadline, targets, List.of());
  }

  /** This task with the tags {@code tags}. */
  public Task withTags(List<String> tags) {
    return new Task(id, section, text, responsibility, leaders, deadline, targets, tags);
  }
}
