package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.BadInputLines;
import io.tracker.InputPlace;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule set a fuzz input stands for, and what the rule fuzz tests check of every refusal. The
 * first byte chooses the route a rule file takes to the source check: a DRL file, a DSLR file
 * expanded with the analysts' DSL ({@value RuleSet#DSL}), or a decision table in CSV; the rest is the
 * file.
 */
final class RuleFuzzing {
  private static final byte[] DSL = RuleSet.analystDefaults().content(RuleSet.DSL);

  private RuleFuzzing() {}

  /** The one-file rule set {@code input} stands for (with the DSL beside a DSLR file). */
  static RuleSet ruleSet(byte[] input) {
    Map<String, byte[]> files = new TreeMap<>();
    byte[] content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    switch (input.length == 0 ? 0 : Math.floorMod(input[0], 3)) {
      case 0 -> files.put("fuzz.drl", content);
      case 1 -> {
        files.put("fuzz.dslr", content);
        files.put(RuleSet.DSL, DSL);
      }
      default -> files.put("fuzz.drl.csv", content);
    }
    return RuleSet.of(files);
  }

  /** The text of the rule file of {@code input}, for messages. */
  static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** Each problem of a refusal is one short line at a real place. */
  static void check(RuleSetException e) {
    assertThat(e.problems()).as("problems of a refused rule set").isNotEmpty();
    for (RuleProblem p : e.problems()) {
      BadInputLines.checkLine(p.toString(), p.message(), InputPlace.inText(p.file(), p.line(), 0));
    }
  }
}
