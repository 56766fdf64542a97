package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the DSL normaliser with any text (the input as UTF-8): {@link RuleSourceNormalizer#normalize}
 * and {@link RuleSourceNormalizer#normalizeDsl} are idempotent, keep the number of lines (so that
 * problems keep their line numbers) and leave ASCII text as it is. Seeds:
 * {@code RuleSourceNormalizerFuzzTestInputs/}.
 */
class RuleSourceNormalizerFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"[when]", "[then]", "[keyword]", "[*]", "[]", "=", "{n}", "{", "}", "\\", "（", "）", "，",
      "。", "、", "“", "”", "《", "》", "【", "】", "—", "·", "　", "\u0338", "\u0301", "ｆｕｌｌ"})
  void fuzz(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    String normalized = RuleSourceNormalizer.normalize(text);
    String dsl = RuleSourceNormalizer.normalizeDsl(text);
    assertThat(RuleSourceNormalizer.normalize(normalized)).as("normalize twice").isEqualTo(normalized);
    assertThat(RuleSourceNormalizer.normalizeDsl(dsl)).as("normalizeDsl twice").isEqualTo(dsl);
    assertThat(lines(normalized)).as("lines of normalize").isEqualTo(lines(text));
    assertThat(lines(dsl)).as("lines of normalizeDsl").isEqualTo(lines(text));
    if (text.chars().allMatch(c -> c < 0x80)) {
      assertThat(normalized).as("ASCII text").isEqualTo(text);
    }
  }

  private static long lines(String text) {
    return text.chars().filter(c -> c == '\n').count();
  }
}
