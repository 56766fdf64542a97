package io.tracker.ledger;

import io.tracker.InputException;
import java.nio.file.Path;
import java.util.Locale;

/** The two file forms of a progress ledger; see docs/ledger.md. */
public enum LedgerFormat {
  /** Comma-separated values with the header {@code task,target,asOf,value,status,percent,note,reporter,reportedAt}. */
  CSV,
  /** {@code {"reports":[{"task":"5","target":2,"asOf":"2023-06-30","value":3.2,…}]}}. */
  JSON;

  /** The format named by the file's extension, {@code .csv} or {@code .json} (any case). */
  public static LedgerFormat of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    throw new InputException(file.toString(), 0, 0,
        "台账文件名 " + InputException.quote(String.valueOf(file.getFileName())) + " 的扩展名未知: 应为 .csv 或 .json");
  }
}
