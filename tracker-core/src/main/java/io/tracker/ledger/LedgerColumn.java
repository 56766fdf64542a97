package io.tracker.ledger;

import java.util.Optional;

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
  REPORTER("reporter"),
  REPORTED_AT("reportedAt");

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

  static Optional<LedgerColumn> ofHeader(String header) {
    for (LedgerColumn c : values()) {
      if (c.header.equals(header)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
