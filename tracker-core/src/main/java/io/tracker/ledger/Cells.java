package io.tracker.ledger;

import io.tracker.InputException;
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

  BigDecimal decimal(LedgerColumn cell, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error(cell, cell.header() + " \"" + text + "\" is not a number: expected a decimal such as 3.2");
    }
  }

  int position(String text) {
    if (!text.matches("[1-9][0-9]{0,8}")) {
      throw error(LedgerColumn.TARGET, "target \"" + text
          + "\" is not a target position: expected 1, 2, … (the target's place in the task text)");
    }
    return Integer.parseInt(text);
  }

  LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(LedgerColumn.AS_OF, "asOf \"" + text + "\" is not a date: expected a date such as 2023-06-30");
    }
  }

  OffsetDateTime timestamp(String text) {
    try {
      return OffsetDateTime.parse(text, TIMESTAMP);
    } catch (DateTimeParseException e) {
      throw error(LedgerColumn.REPORTED_AT, "reportedAt \"" + text
          + "\" is not a timestamp: expected date, time and offset such as 2023-07-05T09:00:00+08:00");
    }
  }

  Status status(String text) {
    for (Status s : Status.values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw error(LedgerColumn.STATUS, "status \"" + text + "\" is unknown: expected one of "
        + Arrays.toString(Status.values()));
  }

  /** Throws at the problem's cell if {@code check} finds one in {@code report}; else returns it. */
  ProgressReport checked(ProgressReport report, LedgerCheck check) {
    check.problem(report).ifPresent(p -> {
      throw error(p.column(), p.message());
    });
    return report;
  }
}
