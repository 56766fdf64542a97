package io.tracker.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tracker.rules.fact.Tally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Differential test: the Drools rules against the plain-Java reference on generated books. The rules
 * are the defaults plus one rule that reports every {@code EarlierLight} as a {@code Tally}, so that
 * the light history the rules see is compared with the reference's month-end lights too. Each case is
 * also assessed in parts of two tasks ({@link Assessor#inPartsOf}), which must change nothing.
 */
class AssessorPropertiesTest {
  /** Reports each earlier month-end light: name 月末亮灯, scope "task@monthEnd", value the light's ordinal. */
  static final String LIGHT_HISTORY_RULE = """
      package io.tracker.rules;
      import io.tracker.rules.fact.*;
      import java.math.BigDecimal;
      rule "亮灯记录"
      when
          EarlierLight( $t : taskId, $m : monthEnd, $l : light )
      then
          insert( new Tally( "月末亮灯", $t + "@" + $m, new BigDecimal( $l.ordinal() ) ) );
      end
      """;

  /**
   * Generated cases: 1,000, or {@code -Dtracker.differentialCases=N} (at least 300) where each run
   * must be short, as in mutation testing of {@link ReferenceScorer} (BENCHMARKS.md).
   */
  private static final int CASES = Math.max(300, Integer.getInteger("tracker.differentialCases", 1000));

  /** Compiled once per JVM (not per run of the class: mutation testing runs it once per mutant). */
  private static final Assessor assessor =
      Assessor.withRules(RuleSet.defaults().with("亮灯记录.drl", LIGHT_HISTORY_RULE.getBytes(UTF_8)));

  /** The reference's assessment, with its month-end lights as the tallies the history rule reports. */
  static Assessment reference(RandomCase c) {
    ReferenceScorer scorer = new ReferenceScorer(c.book(), c.ledger(), c.policy());
    Assessment a = scorer.assess(c.asOf());
    List<Tally> tallies = new ArrayList<>();
    scorer.monthEndLights(c.asOf()).forEach((monthEnd, byTask) -> byTask.forEach((task, light) ->
        tallies.add(new Tally("月末亮灯", task + "@" + monthEnd, new BigDecimal(light.ordinal())))));
    tallies.sort(Comparator.comparing(Tally::name).thenComparing(Tally::scope));
    return new Assessment(a.asOf(), a.tasks(), a.units(), a.leaders(), a.total(), tallies);
  }

  @Test
  void rulesAgreeWithTheReferenceScorer() {
    Map<String, Integer> codes = new java.util.TreeMap<>();
    Map<Light, Integer> lights = new EnumMap<>(Light.class);
    Map<Boolean, Integer> history = new java.util.HashMap<>();
    Map<Boolean, Integer> parted = new java.util.HashMap<>();
    qt().withFixedSeed(42L)
        .withExamples(CASES)
        .withShrinkCycles(0)
        .forAll(longs().all().map(RandomCase::of))
        .checkAssert(c -> {
          Assessment rules = assessor.assess(c.book(), c.ledger(), c.asOf(), c.policy());
          Assessment reference = reference(c);
          assertThat(ReferenceScorer.comparable(rules)).as(c.toString()).isEqualTo(ReferenceScorer.comparable(reference));
          // The same rules on parts of two tasks, rolled up in a session of their own: the same results.
          Assessment inParts = assessor.inPartsOf(2).assess(c.book(), c.ledger(), c.asOf(), c.policy());
          assertThat(inParts).as(c.toString()).isEqualTo(rules);
          parted.merge(c.book().tasks().size() > 2, 1, Integer::sum);
          history.merge(rules.tallies().size() > 0, 1, Integer::sum);
          rules.tasks().forEach(t -> {
            lights.merge(t.light(), 1, Integer::sum);
            t.flags().forEach(f -> codes.merge(f.code(), 1, Integer::sum));
          });
        });
    // The generator must exercise every default flag and light, or the agreement proves little.
    assertThat(codes.keySet()).containsExactlyInAnyOrder("LAGGING", "SEVERELY_LAGGING", "OVERDUE", "DUE_SOON",
        "NO_REPORT", "REGRESSION", "FORECAST_MISS", "PHASE_MISSED", "CAUGHT_UP", "NO_LEAD", "BLOCKED",
        "MILESTONE_MISSED");
    // Every light but orange, which the default rules never raise.
    assertThat(lights.keySet()).containsExactlyInAnyOrder(Light.RED, Light.YELLOW, Light.BLUE, Light.GREEN);
    assertThat(history.get(true)).as("cases with a light history").isGreaterThan(CASES * 3 / 10);
    assertThat(parted.get(true)).as("cases assessed in more than one part").isGreaterThan(CASES * 3 / 10);
    System.out.println("flags raised over " + CASES + " cases: " + codes + ", task lights: " + lights
        + ", cases with a light history: " + history.get(true));
  }
}
