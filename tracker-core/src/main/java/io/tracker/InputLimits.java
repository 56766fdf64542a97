package io.tracker;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * How much input a reader takes before it refuses it as bad input, so that a huge or hostile file
 * ends in one {@link InputException} line instead of minutes of work and gigabytes of memory. The
 * defaults are generous for real work (a county's list has about 100 tasks and a ledger a few
 * thousand reports); a host with larger inputs raises them with the {@code with…} methods.
 *
 * <p>Applied by {@code io.tracker.ledger.LedgerReader} (input size, text length, ledger rows), the
 * task-list importer {@code io.tracker.imports.TaskBookReader} (input size, the length of each cell,
 * line or paragraph, tasks, targets per task; given with {@code ImportOptions.withLimits}) and the
 * {@code targets} command (input size, line length).
 *
 * @param maxInputBytes most bytes of one input (characters when read from a {@link Reader});
 *     default {@value #DEFAULT_MAX_INPUT_BYTES} (64 MiB)
 * @param maxTextChars most characters of one text: a CSV cell, a JSON string or number, one line of
 *     a line-by-line input; default {@value #DEFAULT_MAX_TEXT_CHARS}
 * @param maxLedgerRows most reports in one ledger; default {@value #DEFAULT_MAX_LEDGER_ROWS}
 * @param maxTasks most tasks in one task list; default {@value #DEFAULT_MAX_TASKS}
 * @param maxTargetsPerTask most quantitative targets in one task; default
 *     {@value #DEFAULT_MAX_TARGETS_PER_TASK}
 */
public record InputLimits(
    long maxInputBytes, int maxTextChars, int maxLedgerRows, int maxTasks, int maxTargetsPerTask) {
  /** Default {@link #maxInputBytes}: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;
  /** Default {@link #maxTextChars}: about ten pages of Chinese in one cell or line. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 20_000;
  /** Default {@link #maxLedgerRows}. */
  public static final int DEFAULT_MAX_LEDGER_ROWS = 200_000;
  /** Default {@link #maxTasks}. */
  public static final int DEFAULT_MAX_TASKS = 10_000;
  /** Default {@link #maxTargetsPerTask}. */
  public static final int DEFAULT_MAX_TARGETS_PER_TASK = 100;

  private static final InputLimits DEFAULTS = new InputLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_TEXT_CHARS,
      DEFAULT_MAX_LEDGER_ROWS, DEFAULT_MAX_TASKS, DEFAULT_MAX_TARGETS_PER_TASK);

  /** Every limit must be at least 1. */
  public InputLimits {
    checkArgument(maxInputBytes >= 1, "maxInputBytes must be at least 1: %s", maxInputBytes);
    checkArgument(maxTextChars >= 1, "maxTextChars must be at least 1: %s", maxTextChars);
    checkArgument(maxLedgerRows >= 1, "maxLedgerRows must be at least 1: %s", maxLedgerRows);
    checkArgument(maxTasks >= 1, "maxTasks must be at least 1: %s", maxTasks);
    checkArgument(maxTargetsPerTask >= 1, "maxTargetsPerTask must be at least 1: %s", maxTargetsPerTask);
  }

  /** The documented defaults. */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with {@link #maxInputBytes} set to {@code bytes}. */
  public InputLimits withMaxInputBytes(long bytes) {
    return new InputLimits(bytes, maxTextChars, maxLedgerRows, maxTasks, maxTargetsPerTask);
  }

  /** These limits with {@link #maxTextChars} set to {@code chars}. */
  public InputLimits withMaxTextChars(int chars) {
    return new InputLimits(maxInputBytes, chars, maxLedgerRows, maxTasks, maxTargetsPerTask);
  }

  /** These limits with {@link #maxLedgerRows} set to {@code rows}. */
  public InputLimits withMaxLedgerRows(int rows) {
    return new InputLimits(maxInputBytes, maxTextChars, rows, maxTasks, maxTargetsPerTask);
  }

  /** These limits with {@link #maxTasks} set to {@code tasks}. */
  public InputLimits withMaxTasks(int tasks) {
    return new InputLimits(maxInputBytes, maxTextChars, maxLedgerRows, tasks, maxTargetsPerTask);
  }

  /** These limits with {@link #maxTargetsPerTask} set to {@code targets}. */
  public InputLimits withMaxTargetsPerTask(int targets) {
    return new InputLimits(maxInputBytes, maxTextChars, maxLedgerRows, maxTasks, targets);
  }

  /**
   * {@code in} read through, throwing {@link InputException} at {@code source}:0:0 as soon as more
   * than {@link #maxInputBytes} bytes have been read.
   */
  public InputStream bounded(InputStream in, String source) {
    requireNonNull(in, "in");
    Meter meter = new Meter(source, "字节");
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return meter.read(super.read());
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return meter.count(super.read(buffer, offset, length));
      }
    };
  }

  /**
   * {@code in} read through, throwing {@link InputException} at {@code source}:0:0 as soon as more
   * than {@link #maxInputBytes} characters have been read.
   */
  public Reader bounded(Reader in, String source) {
    requireNonNull(in, "in");
    Meter meter = new Meter(source, "个字符");
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        return meter.read(super.read());
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        return meter.count(super.read(buffer, offset, length));
      }
    };
  }

  /** Counts what a bounded input has read and refuses it past {@link #maxInputBytes}. */
  private final class Meter {
    private final String source;
    private final String unit;
    private long count;

    Meter(String source, String unit) {
      this.source = requireNonNull(source, "source");
      this.unit = unit;
    }

    /** Counts one unit unless {@code value} is the end of input (-1); returns {@code value}. */
    int read(int value) {
      count(value < 0 ? 0 : 1);
      return value;
    }

    /** Counts {@code n} units (none at the end of input, -1); returns {@code n}. */
    int count(int n) {
      count += Math.max(n, 0);
      if (count > maxInputBytes) {
        throw new InputException(source, 0, 0, "输入超过 " + maxInputBytes + " " + unit
            + "的上限 (InputLimits.maxInputBytes): 应拆分输入, 或由宿主程序调高上限");
      }
      return n;
    }
  }

  /**
   * Throws {@link InputException} at {@code place} when {@code text} (a cell, a string, a line) is
   * longer than {@link #maxTextChars}, quoting its start; {@code what} names it ("单元格", "note", "这一行").
   */
  public void checkText(InputPlace place, String what, CharSequence text) {
    if (text.length() > maxTextChars) {
      throw new InputException(place, what + " " + InputException.quote(text) + " 有 " + text.length()
          + " 个字符, 超过 " + maxTextChars + " 个字符的上限 (InputLimits.maxTextChars)");
    }
  }

  /** Throws {@link InputException} at {@code place} when a ledger reaches its report number {@code rows}. */
  public void checkLedgerRows(InputPlace place, int rows) {
    if (rows > maxLedgerRows) {
      throw new InputException(place, "台账超过 " + maxLedgerRows
          + " 条报送的上限 (InputLimits.maxLedgerRows): 应按月或按单位拆分台账, 或由宿主程序调高上限");
    }
  }

  /** Throws {@link InputException} at {@code place} when a task list reaches its task number {@code tasks}. */
  public void checkTasks(InputPlace place, int tasks) {
    if (tasks > maxTasks) {
      throw new InputException(place, "任务清单超过 " + maxTasks
          + " 项任务的上限 (InputLimits.maxTasks): 应拆分清单, 或由宿主程序调高上限");
    }
  }

  /**
   * Throws {@link InputException} at {@code place} when task {@code taskId} has more than
   * {@link #maxTargetsPerTask} targets.
   */
  public void checkTargets(InputPlace place, String taskId, int targets) {
    if (targets > maxTargetsPerTask) {
      throw new InputException(place, "任务 " + InputException.quote(taskId) + " 有 " + targets
          + " 个量化目标, 超过 " + maxTargetsPerTask + " 个的上限 (InputLimits.maxTargetsPerTask)");
    }
  }
}
