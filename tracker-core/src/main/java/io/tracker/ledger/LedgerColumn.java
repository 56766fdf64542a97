package io.tracker.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A column of the ledger's CSV form, which is also a property of a report in its JSON form; the
 * order is the order of the CSV header written by {@link LedgerWriter}.
 */
enum LedgerColumn {
  TASK("task"),
  TARGET("target"),
  AS_OF("asOf"),
  VALUE("value"),
  STATUS("status"),
  PERCENT("percent"),
  NOTE("note"),
  PROBLEMS("problems"),
  NEXT_STEPS("nextSteps"),
  REPORTER("reporter"),
  REPORTED_AT("reportedAt"),
  MILESTONE("milestone");

  private final String header;

  LedgerColumn(String header) {
    this.header = header;
  }

  /** The CSV header cell and JSON property name: {@code asOf}. */
  String header() {
    return header;
  }

  /** Whether a file may leave this column out; only task and as-of date are always needed. */
  boolean required() {
    return this == TASK || this == AS_OF;
  }

  /**
   * Whether the writer leaves this column out of a ledger none of whose reports fills it: the texts
   * 存在问题 and 下一步措施 that came with the report forms, and the milestone reached, absent from
   * older ledgers.
   */
  boolean writtenOnlyWhenUsed() {
    return this == PROBLEMS || this == NEXT_STEPS || this == MILESTONE;
  }

  /** The columns written for {@code ledger}, in header order: all but the optional ones it leaves empty. */
  static List<LedgerColumn> writtenFor(ProgressLedger ledger) {
    boolean problems = ledger.reports().stream().anyMatch(r -> !r.problems().isEmpty());
    boolean nextSteps = ledger.reports().stream().anyMatch(r -> !r.nextSteps().isEmpty());
    boolean milestones = ledger.reports().stream().anyMatch(r -> !r.milestone().isEmpty());
    return Stream.of(values())
        .filter(c -> c != PROBLEMS || problems)
        .filter(c -> c != NEXT_STEPS || nextSteps)
        .filter(c -> c != MILESTONE || milestones)
        .toList();
  }

  static Optional<LedgerColumn> ofHeader(String header) {
    for (LedgerColumn c : values()) {
      if (c.header.equals(header)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
