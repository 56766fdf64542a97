package io.tracker.rules;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RuleSafetyPropertiesTest {
  static final List<String> SAFE = List.of(
      "BigDecimal x = BigDecimal.ONE.add(BigDecimal.TEN);",
      "int m = Math.max(1, 2);",
      "String s = \"Runtime.exec 只是文字\";",
      "// Class.forName in a comment",
      "List<String> l = List.of(\"a\");",
      "long d = java.time.temporal.ChronoUnit.DAYS.between(null, null);",
      "StringBuilder b = new StringBuilder().append('x');");
  static final List<String> UNSAFE = List.of(
      "System.exit(1);", "Runtime.getRuntime();", "new ProcessBuilder(\"x\");", "Class.forName(\"x\");",
      "new java.io.File(\"x\");", "Thread.sleep(1);", "Object o = this.getClass();",
      "new java.net.Socket();", "ClassLoader.getSystemClassLoader();");

  private static Gen<List<String>> safeBodies() {
    return lists().of(Generate.pick(SAFE)).ofSizeBetween(0, 12);
  }

  @Test
  void safeStatementsAreNeverReported() {
    qt().withFixedSeed(42L).forAll(safeBodies())
        .check(body -> RuleSafety.check("r.drl", RuleSafetyTest.HEADER + rule(body)).isEmpty());
  }

  @Test
  void anUnsafeStatementIsReportedOnExactlyItsLine() {
    qt().withFixedSeed(42L).forAll(safeBodies(), Generate.pick(UNSAFE), integers().between(0, 12))
        .check((body, unsafe, at) -> {
          List<String> statements = new ArrayList<>(body);
          int index = Math.min(at, statements.size());
          statements.add(index, unsafe);
          // Header has 3 lines; the consequence starts on line 3 + 4 + 1.
          int expectedLine = 3 + 5 + index;
          List<RuleProblem> problems = RuleSafety.check("r.drl", RuleSafetyTest.HEADER + rule(statements));
          return !problems.isEmpty() && problems.stream().allMatch(p -> p.line() == expectedLine);
        });
  }

  private static String rule(List<String> statements) {
    return "rule \"r\"\nwhen\n  $i : Integer( )\nthen\n" + String.join("\n", statements) + "\nend\n";
  }
}
