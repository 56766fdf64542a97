package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The model precompiled at build time against the same rules compiled at run time: the precompiled
 * path must be taken in this build, must give exactly the same assessments, and must be refused for
 * any other rule files.
 */
class PrecompiledDefaultsTest {
  private static Assessor compiledNow;

  @BeforeAll
  static void compileAtRunTime() {
    compiledNow = Assessor.withRules(RuleSet.defaults());
  }

  @Test
  void theBuildPrecompiledTheDefaultsWithTheSameRules() {
    KieBase precompiled = PrecompiledDefaults.load(RuleSet.defaults()).orElseThrow(
        () -> new AssertionError(PrecompiledDefaults.ARCHIVE + " missing or stale: was process-classes run?"));
    KieBase compiled = RuleCompiler.compile(RuleSet.defaults(), RuleLimits.defaults()).base();
    assertThat(ruleNames(precompiled)).hasSize(56).isEqualTo(ruleNames(compiled));
  }

  @Test
  void eachLoadGivesANewKieBase() {
    assertThat(PrecompiledDefaults.load(RuleSet.defaults()).orElseThrow())
        .isNotSameAs(PrecompiledDefaults.load(RuleSet.defaults()).orElseThrow());
  }

  @Test
  void sameAssessmentsOnTheSeedShapedBook() {
    var book = Benchmark.book();
    for (String asOf : List.of("2023-01-31", "2023-06-30", "2023-11-30", "2023-12-31")) {
      var ledger = Benchmark.ledger(book, LocalDate.parse(asOf));
      Assessment precompiled = DefaultRules.assessor().assess(book, ledger, LocalDate.parse(asOf));
      assertThat(precompiled).as(asOf).isEqualTo(compiledNow.assess(book, ledger, LocalDate.parse(asOf)));
      assertThat(precompiled.tasks()).hasSize(107);
    }
  }

  @Test
  void sameAssessmentsOnGeneratedCases() {
    Assessor precompiled = DefaultRules.assessor();
    qt().withFixedSeed(42L)
        .withExamples(200)
        .withShrinkCycles(0)
        .forAll(longs().all().map(RandomCase::of))
        .checkAssert(c -> assertThat(precompiled.assess(c.book(), c.ledger(), c.asOf(), c.policy()))
            .as(c.toString())
            .isEqualTo(compiledNow.assess(c.book(), c.ledger(), c.asOf(), c.policy())));
  }

  @Test
  void otherRuleFilesAreNotServedFromThePrecompiledModel() {
    RuleSet defaults = RuleSet.defaults();
    byte[] risk = defaults.content(RuleSet.RISK);
    byte[] edited = new String(risk, StandardCharsets.UTF_8).replace("pointsBehind >= 10", "pointsBehind >= 11")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(edited).isNotEqualTo(risk);
    assertThat(PrecompiledDefaults.load(defaults.with(RuleSet.RISK, edited))).isEmpty();
    assertThat(PrecompiledDefaults.load(defaults.without(RuleSet.RISK))).isEmpty();
    assertThat(PrecompiledDefaults.load(defaults.with("extra.drl", "package io.tracker.rules;".getBytes(
        StandardCharsets.UTF_8)))).isEmpty();
  }

  @Test
  void anyChangedByteChangesTheDigest() {
    RuleSet defaults = RuleSet.defaults();
    String digest = defaults.digest();
    byte[] scoring = defaults.content(RuleSet.SCORING);
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(0, scoring.length - 1), integers().between(1, 255))
        .checkAssert((position, delta) -> {
          byte[] changed = Arrays.copyOf(scoring, scoring.length);
          changed[position] = (byte) (changed[position] + delta);
          assertThat(defaults.with(RuleSet.SCORING, changed).digest()).isNotEqualTo(digest);
        });
    // Moving content between files or renaming a file changes it too.
    assertThat(RuleSet.of(java.util.Map.of("a.drl", "xy".getBytes(StandardCharsets.UTF_8),
        "b.drl", "z".getBytes(StandardCharsets.UTF_8))).digest()).isNotEqualTo(RuleSet.of(
            java.util.Map.of("a.drl", "x".getBytes(StandardCharsets.UTF_8), "b.drl", "yz".getBytes(StandardCharsets.UTF_8))).digest());
    assertThat(defaults.digest()).isEqualTo(digest).hasSize(64);
  }

  private static Set<String> ruleNames(KieBase base) {
    Set<String> names = new TreeSet<>();
    base.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(p.getName() + "/" + r.getName())));
    return names;
  }
}
