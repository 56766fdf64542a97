package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the source check, one per class and per route: each must be refused before anything is
 * compiled, against the analyst's own file and line (a DSLR line, a table row) and the rule's name.
 * {@link RuleBytecodeTest} shows the bytecode verifier refusing the same attacks on its own.
 */
class RuleAttacksTest {
  static final String HEADER = "package io.tracker.rules.custom;\nimport java.math.BigDecimal;\nimport java.util.List;\n";

  /** The statement of each attack class, as a consequence would hold it (may span lines). */
  static final Map<String, String> ATTACKS = Map.ofEntries(
      Map.entry("exit", "System.exit( 3 );"),
      Map.entry("qualified", "java.lang.Runtime.getRuntime().exec( \"sh\" );"),
      Map.entry("spaced", "java . lang . Runtime . getRuntime();"),
      Map.entry("comment", "java./* x */lang./* y */System.exit( 0 );"),
      Map.entry("lineBreak", "java.\n  lang.\n  System.exit( 0 );"),
      Map.entry("textBlock", "String s = \"\"\"\n  a\n  \"\"\"; System.exit( 0 );"),
      Map.entry("methodReference", "java.util.function.Supplier<Object> r = Runtime::getRuntime;"),
      Map.entry("reflection", "Object m = \"x\".getClass().getMethods();"),
      Map.entry("classLiteral", "Object c = String.class;"),
      Map.entry("clock", "java.time.LocalDate d = java.time.LocalDate.now();"),
      Map.entry("clockType", "Object c = java.time.Clock.systemUTC();"),
      Map.entry("instant", "Object i = java.time.Instant.now();"),
      Map.entry("zone", "Object z = java.time.ZoneId.systemDefault();"),
      Map.entry("locale", "java.util.Locale.setDefault( java.util.Locale.ROOT );"),
      Map.entry("contextLoader", "Object l = Thread.currentThread().getContextClassLoader();"),
      Map.entry("systemProperty", "Integer i = Integer.getInteger( \"user.home\" );"),
      Map.entry("engine", "drools.getKieRuntime().halt();"),
      Map.entry("halt", "kcontext.halt();"),
      Map.entry("file", "new java.io.File( \"/etc/passwd\" ).delete();"),
      Map.entry("process", "new ProcessBuilder( \"sh\" ).start();"),
      Map.entry("loop", "while ( true ) { }"),
      Map.entry("forLoop", "for ( int i = 0; i < 3; i++ ) { }"),
      Map.entry("lambda", "Runnable r = () -> { };"),
      Map.entry("anonymousClass", "Object o = new Object() { public String toString() { return \"x\"; } };"),
      Map.entry("synchronized", "synchronized ( \"x\" ) { }"),
      Map.entry("unicodeEscape", "String s = \"\\u0022); System.exit(0); //\";"),
      Map.entry("hugeVirtualList", "List<String> l = java.util.Collections.nCopies( 1000000, \"x\" );"));

  static String ruleWith(String statement) {
    return HEADER + "\nrule \"攻击\"\nwhen\n  $n : Integer( intValue > 30 )\nthen\n  " + statement + "\nend\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"exit", "qualified", "spaced", "comment", "lineBreak", "textBlock", "methodReference",
      "reflection", "classLiteral", "clock", "clockType", "instant", "zone", "locale", "contextLoader",
      "systemProperty", "engine", "halt", "file", "process", "loop", "forLoop", "lambda", "anonymousClass",
      "synchronized", "unicodeEscape", "hugeVirtualList"})
  void everyAttackInAConsequenceIsRefusedOnItsLine(String attack) {
    String statement = ATTACKS.get(attack);
    int line = 9 + (int) statement.lines().takeWhile(l -> !refusedLine(attack, l)).count();
    assertThat(RuleSafety.check("attack.drl", ruleWith(statement)))
        .as(attack).isNotEmpty()
        .first().satisfies(p -> {
          assertThat(p.line()).isEqualTo(line);
          assertThat(p.rule()).isEqualTo("攻击");
          assertThat(p.toString()).startsWith("attack.drl:" + line + ":0: rule \"攻击\": ");
        });
  }

  /** The line of a multi-line attack that holds what is refused. */
  private static boolean refusedLine(String attack, String line) {
    return switch (attack) {
      case "lineBreak" -> line.contains("java");
      case "textBlock" -> line.contains("System");
      default -> true;
    };
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "import java.io.File;|2",
      "import java.lang.reflect.*;|2",
      "import static java.lang.System.exit;|2",
      "import static java.lang.Runtime.*;|2",
      "import static java.lang.Integer.getInteger;|2",
      "import function java.lang.Runtime.getRuntime;|2",
      "import static java.time.LocalDate.now;|2",
      "import accumulate java.util.Collections nCopies;|2",
      "global java.io.File target;|2",
      "declare Runtime end|2",
      "declare java.lang.Runtime end|2",
      "declare Integer end|2",
      "declare Shadow extends java.lang.Thread end|2",
      "declare Evil\\n  f : java.io.File\\nend|3",
      "declare Evil\\n  f : String = System.getenv( \"HOME\" )\\nend|3",
      "declare Ev @role(event) end|2",
      "function int f(int n) { return f(n - 1); }|2",
      "function int f(int n) { return g(n); }\\nfunction int g(int n) { return f(n); }|2",
      "function void f() { System.exit(0); }|2",
      "query \"q\" Integer() end|2"})
  void declarationsImportsAndFunctionsAreRefusedOnTheirLine(String declaration, int line) {
    String drl = "package io.tracker.rules.custom;\n" + declaration.replace("\\n", "\n") + "\nrule \"r\" when then end\n";
    assertThat(RuleSafety.check("a.drl", drl)).as(declaration).extracting(RuleProblem::line).contains(line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$s : String() from java.lang.System.getProperty( \"user.home\" )|6",
      "$s : String() from System . getenv( \"HOME\" )|6",
      "eval( java.lang.Runtime.getRuntime() != null )|6",
      "Integer( intValue > java.lang.Integer.getInteger( \"x\", 1 ) )|6",
      "Integer( this.getClass() != null )|6",
      "Runtime()|6",
      "java.lang.Thread( daemon )|6",
      "$i : Integer() from entry-point \"x\"|6"})
  void conditionsAndFromExpressionsAreChecked(String condition, int line) {
    String drl = HEADER + "rule \"条件\"\nwhen\n  " + condition + "\nthen\nend\n";
    assertThat(RuleSafety.check("c.drl", drl)).as(condition).isNotEmpty()
        .first().satisfies(p -> {
          assertThat(p.line()).isEqualTo(line);
          assertThat(p.rule()).isEqualTo("条件");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"timer (int: 1s)", "date-effective \"1-Jan-2023\"", "calendars \"x\"", "dialect \"mvel\"",
      "salience ( java.lang.Runtime.getRuntime().availableProcessors() )"})
  void attributesThatReadTheClockOrRunCodeAreChecked(String attribute) {
    String drl = HEADER + "rule \"属性\"\n  " + attribute + "\nwhen\nthen\nend\n";
    assertThat(RuleSafety.check("t.drl", drl)).as(attribute).isNotEmpty()
        .first().satisfies(p -> assertThat(p.line()).isEqualTo(5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"System.exit( 0 );", "java.\n lang.System.exit( 0 );", "java.util.function.Supplier<Object> r = Runtime::getRuntime;"})
  void aDslMappingIsCheckedAfterExpansionOnTheDslrLine(String code) {
    String dsl = "[then]收工=" + code.replace("\n", " ") + "\n[when]有个数=$n : Integer()\n";
    String dslr = "package io.tracker.rules.custom;\nexpander attack.dsl;\n\nrule \"走DSL\"\nwhen\n  有个数\nthen\n  收工\nend\n";
    RuleSet rules = RuleSet.of(Map.of("attack.dsl", utf8(dsl), "attack.dslr", utf8(dslr)));
    assertThatThrownBy(() -> PreparedRules.prepare(rules, RuleLimits.defaults()))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.file()).isEqualTo("attack.dslr");
          assertThat(p.line()).isEqualTo(8);
          assertThat(p.rule()).isEqualTo("走DSL");
        }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"System.exit( 0 );", "java.lang.Runtime.getRuntime();", "java.util.Locale.setDefault( null );"})
  void aCsvTableActionCellIsCheckedOnItsRow(String action) {
    String csv = "RuleSet,io.tracker.rules.custom\n"
        + "Import,java.math.BigDecimal\n"
        + "RuleTable 攻击表\n"
        + "NAME,CONDITION,ACTION\n"
        + ",$n : Integer,\n"
        + ",intValue > $param,\"" + action.replace("\"", "\"\"") + "\"\n"
        + "名称,下限,动作\n"
        + "第一行,1,X\n";
    RuleSet rules = RuleSet.of(Map.of("攻击.drl.csv", utf8(csv)));
    assertThatThrownBy(() -> PreparedRules.prepare(rules, RuleLimits.defaults()))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.file()).isEqualTo("攻击.drl.csv");
          assertThat(p.line()).isEqualTo(8);
          assertThat(p.rule()).isEqualTo("第一行");
        }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"System.exit( 0 );", "Thread.currentThread().getContextClassLoader();"})
  void anXlsxTableActionCellIsCheckedOnItsRow(String action) throws IOException {
    RuleSet rules = RuleSet.of(Map.of("攻击.drl.xlsx", workbook(List.of(
        List.of("RuleSet", "io.tracker.rules.custom"),
        List.of("RuleTable 攻击表"),
        List.of("NAME", "CONDITION", "ACTION"),
        List.of("", "$n : Integer", ""),
        List.of("", "intValue > $param", action),
        List.of("名称", "下限", "动作"),
        List.of("第一行", "1", "X")))));
    assertThatThrownBy(() -> PreparedRules.prepare(rules, RuleLimits.defaults()))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.file()).isEqualTo("攻击.drl.xlsx");
          assertThat(p.line()).isEqualTo(7);
          assertThat(p.rule()).isEqualTo("第一行");
        }));
  }

  static byte[] workbook(List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PeriodWeightsWorkbook.write("规则", rows, out);
    return out.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
