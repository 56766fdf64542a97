package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RuleSourceNormalizerPropertiesTest {
  /** Characters the DSL lexer rejects: CJK punctuation, full-width forms, ideographic space. */
  private static final List<Character> REJECTED = rejected();

  private static List<Character> rejected() {
    List<Character> chars = new ArrayList<>(RuleSourceNormalizer.PUNCTUATION.keySet());
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      if (!Character.isLetterOrDigit(c) && c != '＿' && c != '＄') {
        chars.add(c);
      }
    }
    chars.add('\u3000');
    chars.add('…');
    return List.copyOf(chars);
  }

  /** Analyst-like text: common Chinese characters, ASCII and Chinese punctuation mixed. */
  private static Gen<String> analystText() {
    Gen<Character> chinese = Generate.range(0x4E00, 0x9FA5).map(i -> (char) i.intValue());
    Gen<Character> ascii = Generate.range(0x20, 0x7E).map(i -> (char) i.intValue());
    Gen<Character> punctuation = Generate.pick(REJECTED);
    Gen<Character> any = Generate.frequency(
        Pair.of(5, chinese), Pair.of(2, ascii), Pair.of(3, punctuation));
    return lists().of(any).ofSizeBetween(0, 40)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  @Test
  void normalisedTextContainsNoRejectedCharacter() {
    qt().withFixedSeed(42L).forAll(analystText()).check(text -> RuleSourceNormalizer.normalize(text)
        .chars().noneMatch(c -> REJECTED.contains((char) c)));
  }

  @Test
  void normalisingIsIdempotent() {
    qt().withFixedSeed(42L).forAll(analystText()).check(text -> {
      String once = RuleSourceNormalizer.normalizeDsl("[when]" + text);
      return RuleSourceNormalizer.normalizeDsl(once).equals(once)
          && RuleSourceNormalizer.normalize(RuleSourceNormalizer.normalize(text)).equals(RuleSourceNormalizer.normalize(text));
    });
  }

  @Test
  void asciiIsUnchanged() {
    qt().withFixedSeed(42L).forAll(strings().ascii().ofLengthBetween(0, 60))
        .check(text -> RuleSourceNormalizer.normalize(text).equals(text));
  }

  @Test
  void anyChinesePhraseWithChinesePunctuationLexesAndExpandsAfterNormalising() {
    // Phrases of ideographs and punctuation; characters that are DSL or DRL syntax once normalised
    // (braces, =, #, quotes, backslash) are left out, as an analyst's phrase cannot contain them.
    Gen<String> phrase = analystText().map(t -> t.replaceAll("[^\\p{IsHan}\\p{P}]", ""))
        .map(t -> t.codePoints().mapToObj(Character::toString)
            .filter(c -> !RuleSourceNormalizer.normalize(c).matches(".*[\\\\{}=#\"'\\s].*"))
            .collect(Collectors.joining()));
    qt().withFixedSeed(42L).withExamples(100).withShrinkCycles(10).forAll(phrase).assuming(p -> !p.isEmpty()).check(p -> {
      try {
        String dsl = RuleSourceNormalizer.normalizeDsl("[then]记录" + p + "=log(\"" + p + "\");");
        if (RuleSourceNormalizerTest.lexerErrors(dsl) != 0) {
          return false;
        }
        String drl = RuleSourceNormalizerTest.expand(dsl, "rule \"r\"\nwhen\nthen\n  " + RuleSourceNormalizer.normalize("记录" + p) + "\nend");
        return drl.contains("log(\"" + RuleSourceNormalizer.normalize(p) + "\");");
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThat(REJECTED).contains('，', '。', '、', '：', '；', '（', '）', '“', '”', '《', '》', '％', '【', '】', '！', '？');
  }
}
