package io.tracker.ledger;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** Fuzzes the CSV ledger reader. Seeds: {@code CsvLedgerFuzzTestInputs/}. */
class CsvLedgerFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"task", "target", "asOf", "value", "status", "percent", "note", "problems", "nextSteps",
      "reporter", "reportedAt", "IN_PROGRESS", "DONE", "NOT_STARTED", "2023-06-30", "2023-06-30T10:00:00", ",", "\"",
      "1e9", "-", ".", "0.5", "100", "999999999999999"})
  void fuzz(byte[] input) {
    LedgerFuzzing.read(input, LedgerFormat.CSV);
  }
}
