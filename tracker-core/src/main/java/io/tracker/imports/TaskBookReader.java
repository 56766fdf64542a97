package io.tracker.imports;

import io.tracker.task.TaskBook;
import java.nio.file.Path;

/** Temporary placeholder until the importer branch merges; the real reader replaces this file. */
public final class TaskBookReader {
  private TaskBookReader() {}

  /** Reads a task book file. */
  public static TaskBook read(Path file) {
    throw new UnsupportedOperationException("TaskBookReader is being written on the import branch");
  }
}
