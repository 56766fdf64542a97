package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Differential test: the Drools rules against the plain-Java reference on generated books. */
class AssessorPropertiesTest {
  private static Assessor assessor;

  @BeforeAll
  static void compileOnce() {
    assessor = DefaultRules.assessor();
  }

  /** What both must agree on: scores, lights, flag codes and targets; not messages or rule names. */
  static Assessment comparable(Assessment a) {
    return new Assessment(a.asOf(), a.tasks().stream().map(t -> new TaskResult(t.id(), t.score(), t.light(),
        t.flags().stream().map(f -> new RiskFlag(f.taskId(), f.target(), f.code(), f.light(), "", "", Map.of()))
            .sorted(Comparator.comparingInt((RiskFlag f) -> f.target().orElse(0)).thenComparing(RiskFlag::code))
            .toList(),
        t.targets())).toList(), a.units(), a.leaders(), a.total());
  }

  @Test
  void rulesAgreeWithTheReferenceScorer() {
    Map<String, Integer> codes = new java.util.TreeMap<>();
    Map<Light, Integer> lights = new EnumMap<>(Light.class);
    qt().withFixedSeed(42L)
        .withExamples(1000)
        .withShrinkCycles(0)
        .forAll(longs().all().map(RandomCase::of))
        .checkAssert(c -> {
          Assessment rules = assessor.assess(c.book(), c.ledger(), c.asOf(), c.policy());
          Assessment reference = new ReferenceScorer(c.book(), c.ledger(), c.policy()).assess(c.asOf());
          assertThat(comparable(rules)).as(c.toString()).isEqualTo(comparable(reference));
          rules.tasks().forEach(t -> {
            lights.merge(t.light(), 1, Integer::sum);
            t.flags().forEach(f -> codes.merge(f.code(), 1, Integer::sum));
          });
        });
    // The generator must exercise every default flag and light, or the agreement proves little.
    assertThat(codes.keySet()).containsExactlyInAnyOrder("LAGGING", "SEVERELY_LAGGING", "OVERDUE", "DUE_SOON",
        "NO_REPORT", "REGRESSION", "FORECAST_MISS", "PHASE_MISSED", "CAUGHT_UP", "NO_LEAD");
    assertThat(lights.keySet()).containsExactlyInAnyOrder(Light.values());
    System.out.println("flags raised over 1000 cases: " + codes + ", task lights: " + lights);
  }
}
