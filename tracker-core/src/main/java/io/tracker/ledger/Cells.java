package io.tracker.ledger;

import static io.tracker.InputException.quote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.tracker.InputException;
import io.tracker.InputLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Text forms of the report fields shared by the CSV and JSON forms, and where the cells of the report
 * being read are, so that a problem can be cited at its cell.
 */
final class Cells {
  /** Timestamps are written with seconds and offset: 2023-07-05T09:00:00+08:00. */
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final String source;
  private final int[] lines = new int[LedgerColumn.values().length];
  private final int[] columns = new int[LedgerColumn.values().length];
  private int reportLine;
  private int reportColumn;

  Cells(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  /** Starts a new report at this position; cells not seen in it are cited at this position. */
  void startReport(int line, int column) {
    reportLine = line;
    reportColumn = column;
    Arrays.fill(lines, line);
    Arrays.fill(columns, column);
  }

  void at(LedgerColumn cell, int line, int column) {
    lines[cell.ordinal()] = line;
    columns[cell.ordinal()] = column;
  }

  /** An error at {@code cell} of the current report. */
  InputException error(LedgerColumn cell, String problem) {
    return new InputException(source, lines[cell.ordinal()], columns[cell.ordinal()], problem);
  }

  /** An error about the report as a whole, at its start. */
  InputException reportError(String problem) {
    return new InputException(source, reportLine, reportColumn, problem);
  }

  /**
   * What the parser reads before it stops: no text (a cell, a string, a number) longer than
   * {@link InputLimits#maxTextChars}, so that it is refused before it is held whole in memory.
   */
  static StreamReadConstraints constraints(InputLimits limits) {
    return StreamReadConstraints.builder()
        .maxStringLength(limits.maxTextChars())
        .maxNumberLength(limits.maxTextChars())
        .build();
  }

  /**
   * The error for a text longer than the limit, cited where the parser stopped reading (in the text
   * or a little after it: where the text starts is not known without holding it whole).
   */
  static InputException tooLong(String source, JsonLocation where, InputLimits limits, Throwable cause) {
    return new InputException(source, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0),
        "单元格或值超过 " + limits.maxTextChars() + " 个字符的上限 (InputLimits.maxTextChars), 读到此处停止",
        cause);
  }

  /** A number cell: a plain decimal within the range of {@link PlainDecimal}. */
  BigDecimal decimal(LedgerColumn cell, String text) {
    try {
      return PlainDecimal.parse(text);
    } catch (NumberFormatException e) {
      throw error(cell, cell.header() + " " + quote(text) + " " + e.getMessage());
    }
  }

  int position(String text) {
    if (!text.matches("[1-9][0-9]{0,8}")) {
      throw error(LedgerColumn.TARGET, "target " + quote(text)
          + " 不是目标序号: 应为 1, 2, … (目标在任务文本中的位置)");
    }
    return Integer.parseInt(text);
  }

  LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(LedgerColumn.AS_OF, "asOf " + quote(text) + " 不是日期: 应为 2023-06-30 这样的日期");
    }
  }

  OffsetDateTime timestamp(String text) {
    try {
      return OffsetDateTime.parse(text, TIMESTAMP);
    } catch (DateTimeParseException e) {
      throw error(LedgerColumn.REPORTED_AT, "reportedAt " + quote(text)
          + " 不是时间: 应为带时区的日期和时间, 如 2023-07-05T09:00:00+08:00");
    }
  }

  Status status(String text) {
    for (Status s : Status.values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw error(LedgerColumn.STATUS, "status " + quote(text) + " 不是已知状态: 应为 "
        + Arrays.toString(Status.values()) + " 之一");
  }

  /** Throws at the problem's cell if {@code check} finds one in {@code report}; else returns it. */
  ProgressReport checked(ProgressReport report, LedgerCheck check) {
    check.problem(report).ifPresent(p -> {
      throw error(p.column(), p.message());
    });
    return report;
  }
}
