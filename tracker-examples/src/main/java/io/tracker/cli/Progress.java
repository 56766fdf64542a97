package io.tracker.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Tells the user on standard error what a slow command is doing: each step's name and, when it took
 * longer than a second, how long. Silent when quiet, which commands choose when standard error is
 * not a terminal, so that a failing run in a script prints only its one error line.
 */
final class Progress {
  private static final long SLOW_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean quiet;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** Standard error, for the warnings a step reports. */
  PrintWriter err() {
    return err;
  }

  <T> T step(String name, Supplier<T> work) {
    if (!quiet) {
      err.print(name + "…");
      err.flush();
    }
    long start = System.nanoTime();
    T result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      if (!quiet) {
        err.println();
        err.flush();
      }
      throw e;
    }
    long took = System.nanoTime() - start;
    if (!quiet) {
      err.println(took > SLOW_NANOS ? String.format(" %.1f 秒", took / 1e9) : " 完成");
      err.flush();
    }
    return result;
  }
}
