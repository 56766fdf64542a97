package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import io.tracker.task.TaskBook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a progress ledger (进度台账) is kept: a file ({@code .csv} or {@code .json}) or a database
 * table ({@link JdbcLedgerStore}). A store is only ever appended to: reports already in it are never
 * changed, and a correction is a new report.
 */
public interface LedgerStore {
  /**
   * Every report in recording order, each checked against {@code book}.
   *
   * @throws io.tracker.InputException for a report that fails a check, or a store that does not exist
   * @throws IOException if the store cannot be read
   */
  ProgressLedger read(TaskBook book) throws IOException;

  /**
   * Appends {@code reports}, in order, after the reports already kept; all or none of them. A store
   * that does not exist yet is created.
   *
   * @throws IOException if the store cannot be written
   */
  void append(List<ProgressReport> reports) throws IOException;

  /** Whether the store exists (a file, a database holding the ledger table). */
  boolean exists() throws IOException;

  /**
   * The store named by {@code location}: a JDBC URL ({@code jdbc:h2:./ledger},
   * {@code jdbc:postgresql://host/db?user=…}) or the path of a {@code .csv} or {@code .json} file.
   */
  static LedgerStore at(String location) {
    requireNonNull(location, "location");
    return location.startsWith("jdbc:") ? JdbcLedgerStore.open(location) : new LedgerFile(Path.of(location));
  }
}
