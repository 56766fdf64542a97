package io.tracker;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixture: the seed files in the repository's {@code seeds/} directory. */
public final class Seeds {
  /** The 西乡县 2023 task list (107 tasks in three annexes). */
  public static final String XIXIANG_2023 = "000_961a157e1ab25069.txt";

  private Seeds() {}

  /** Path of seed {@code name}, found from the working directory of any module. */
  public static Path path(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("seeds").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("seed " + name + " not found above " + Path.of("").toAbsolutePath());
  }
}
