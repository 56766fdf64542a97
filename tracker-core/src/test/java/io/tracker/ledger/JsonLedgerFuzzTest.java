package io.tracker.ledger;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** Fuzzes the JSON ledger reader. Seeds: {@code JsonLedgerFuzzTestInputs/}. */
class JsonLedgerFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"{\"reports\":[", "]}", "\"task\":", "\"target\":", "\"asOf\":", "\"value\":", "\"status\":",
      "\"percent\":", "\"note\":", "\"reporter\":", "\"reportedAt\":", "\"IN_PROGRESS\"", "\"2023-06-30\"", "null",
      "true", "1e9", "4.5E8", "[", "{", "}", ",", ":", "\"\\u0000\""})
  void fuzz(byte[] input) {
    LedgerFuzzing.read(input, LedgerFormat.JSON);
  }
}
