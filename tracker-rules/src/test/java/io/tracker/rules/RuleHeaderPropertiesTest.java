package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleHeaderPropertiesTest {
  /** Any name without quotes or line breaks reads back from a header quoted either way, indented or not. */
  @Test
  void aQuotedNameReadsBack() {
    qt().withFixedSeed(14L).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30), integers().between(0, 4))
        .assuming((name, indent) -> name.chars().noneMatch(c -> c == '"' || c == '\'' || c == '\n' || c == '\r'))
        .check((name, indent) -> {
          String pad = " ".repeat(indent);
          return RuleHeader.name(pad + "rule \"" + name + "\"").equals(Optional.of(name))
              && RuleHeader.name(pad + "rule '" + name + "' salience 1").equals(Optional.of(name));
        });
  }

  /** A line whose first word is not {@code rule} opens no rule. */
  @Test
  void otherLinesOpenNoRule() {
    qt().withFixedSeed(14L).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
        .assuming(line -> !line.strip().startsWith("rule"))
        .check(line -> RuleHeader.name(line).isEmpty());
    assertThat(RuleHeader.name("rule")).isEmpty();
  }
}
