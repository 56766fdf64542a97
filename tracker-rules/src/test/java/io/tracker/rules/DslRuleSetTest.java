package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default risk rules written in the Chinese DSL give exactly the default DRL's results. */
class DslRuleSetTest {
  static final Assessor DRL = Assessor.withDefaultRules();
  static final Assessor DSL = Assessor.withRules(dslRuleSet());

  /** The defaults with risk.drl replaced by its DSL form (examples/dsl-risk/risk.dslr with tracker.dsl). */
  static RuleSet dslRuleSet() {
    RuleSet rules = RuleSet.analystDefaults().extendedBy(RuleSet.of(java.util.Map.of("risk.dslr",
        resource("examples/dsl-risk/risk.dslr"))));
    assertThat(rules.paths()).containsExactly("risk.dslr", RuleSet.SCORING, RuleSet.DSL);
    return rules;
  }

  static byte[] resource(String name) {
    try (InputStream in = DslRuleSetTest.class.getResourceAsStream("/io/tracker/rules/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void dslRiskRulesGiveTheDefaultLightsAndFlagsOnGeneratedData() {
    qt().withFixedSeed(42L).withExamples(100).forAll(GeneratedCase.cases()).checkAssert(c -> {
      Assessment expected = DRL.assess(c.book(), c.ledger(), c.asOf());
      Assessment actual = DSL.assess(c.book(), c.ledger(), c.asOf());
      assertThat(actual.tasks()).containsExactlyElementsOf(expected.tasks());
      // The light records' basis names the rules, which differ in text; their month-end lights may not.
      assertThat(actual.history().monthEnds()).isEqualTo(expected.history().monthEnds());
      assertThat(new Assessment(actual.asOf(), actual.tasks(), actual.units(), actual.leaders(), actual.total(),
          actual.tallies())).isEqualTo(new Assessment(expected.asOf(), expected.tasks(), expected.units(),
          expected.leaders(), expected.total(), expected.tallies()));
    });
  }

  @Test
  void generatedDataReachesEveryLightAndFlagCode() {
    java.util.Set<Light> lights = java.util.EnumSet.noneOf(Light.class);
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (long seed = 0; seed < 150; seed++) {
      GeneratedCase c = GeneratedCase.of(seed);
      for (TaskResult task : DSL.assess(c.book(), c.ledger(), c.asOf()).tasks()) {
        lights.add(task.light());
        task.flags().forEach(f -> codes.add(f.code()));
      }
    }
    // The default rules (and so their DSL twin) never raise orange: that is the five-colour example's.
    assertThat(lights).containsExactlyInAnyOrder(Light.GREEN, Light.BLUE, Light.YELLOW, Light.RED);
    assertThat(codes).containsAll(List.of("LAGGING", "SEVERELY_LAGGING", "OVERDUE", "DUE_SOON", "NO_REPORT",
        "REGRESSION", "FORECAST_MISS", "PHASE_MISSED", "NO_LEAD"));
  }
}
