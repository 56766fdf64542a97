package io.tracker.task;

import static java.util.Objects.requireNonNull;

/** A section or annex (附件) of a task book: number 1, 2023年县政府工作报告任务分解一览表. */
public record Section(int number, String title) {
  public Section {
    requireNonNull(title, "title");
  }
}
