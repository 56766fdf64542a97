package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSafetyTest {
  static final String HEADER = """
      package io.tracker.rules.custom;
      import java.math.BigDecimal;
      import java.util.List;
      """;

  /** A rule whose consequence is {@code statement}, on line 8 of the file. */
  static String ruleWith(String statement) {
    return HEADER + """

        rule "亮红灯"
        when
          $n : Integer( intValue > 30 )
        then
          %s
        end
        """.formatted(statement);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "System.exit(3);|\"System\"",
      "Runtime.getRuntime().exec(\"rm -rf /\");|\"Runtime\"",
      "new ProcessBuilder(\"sh\").start();|\"ProcessBuilder\"",
      "Object c = Class.forName(\"java.lang.Runtime\");|\"Class\"",
      "java.io.File f = new java.io.File(\"/etc/passwd\");|\"java.io.File\"",
      "new Thread(() -> {}).start();|\"Thread\"",
      "Object ctx = new javax.naming.InitialContext();|\"javax.naming.InitialContext\"",
      "Object e = new javax.script.ScriptEngineManager();|\"javax.script.ScriptEngineManager\"",
      "$n.getClass().getMethod(\"toString\").invoke($n);|\"getClass(...)\"",
      "Object l = String.class;|\".class\"",
      "java.nio.file.Files.delete(null);|\"java.nio.file.Files\"",
      "java.lang.System.exit(0);|\"java.lang.System\"",
      "String s = \"\\u0022); System.exit(0); //\";|Unicode",
      "java.time.LocalDate d = java.time.LocalDate.now();|\"now()\"",
      "drools.getKieRuntime().halt();|\"getKieRuntime(...)\""})
  void refusesUnsafeConsequenceOnItsLine(String statement, String quoted) {
    List<RuleProblem> problems = RuleSafety.check("risk.drl", ruleWith(statement));
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).line()).isEqualTo(9);
    assertThat(problems.get(0).rule()).isEqualTo("亮红灯");
    assertThat(problems.get(0).message()).contains(quoted);
    assertThat(problems.get(0).toString()).startsWith("risk.drl:9:0: rule \"亮红灯\": ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "import java.io.File;|2",
      "import static java.lang.System.exit;|2",
      "import java.lang.reflect.Method;|2",
      "import java.net.*;|2",
      "import function java.lang.Runtime.getRuntime;|2"})
  void refusesUnsafeImportsOnTheirLine(String importLine, int line) {
    String drl = "package x;\n" + importLine + "\nrule \"r\" when then end\n";
    List<RuleProblem> problems = RuleSafety.check("a.drl", drl);
    assertThat(problems).extracting(RuleProblem::line).contains(line);
    assertThat(problems.get(0).rule()).isEmpty();
  }

  @Test
  void refusesJavaPackagesAsRulePackage() {
    assertThat(RuleSafety.check("a.drl", "package javax.naming;\nrule \"r\" when then Object o = new InitialContext(); end"))
        .extracting(RuleProblem::line).containsExactly(1, 2);
  }

  @Test
  void acceptsRulesUsingOnlyAllowedTypesAndCalls() {
    String drl = HEADER + """
        import java.time.LocalDate;
        import java.time.temporal.ChronoUnit;
        import io.tracker.rules.Light;

        // System.exit in a comment is harmless.
        rule "完成率得分"
          salience 10
        when
          $n : Integer( intValue > 30 )
          $d : LocalDate( )
        then
          BigDecimal score = BigDecimal.valueOf(Math.min(100, $n)).setScale(2, java.math.RoundingMode.HALF_UP);
          long days = ChronoUnit.DAYS.between($d, $d.plusDays(3));
          String reason = String.format("滞后%d个百分点 (System.exit)", $n);
          List<String> names = List.of(drools.getRule().getName(), Light.RED.name());
        end
        """;
    assertThat(RuleSafety.check("scoring.drl", drl)).isEmpty();
  }

  @Test
  void namesNoRuleForProblemsOutsideRules() {
    assertThat(RuleSafety.check("f.drl", "package x;\nfunction int f() { System.exit(1); return 0; }\n"))
        .isNotEmpty()
        .allSatisfy(p -> {
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.rule()).isEmpty();
          assertThat(p.toString()).startsWith("f.drl:2:0: 不允许");
        });
  }
}
