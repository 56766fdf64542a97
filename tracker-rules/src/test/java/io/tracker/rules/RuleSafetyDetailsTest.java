package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The source check's smaller pieces, each on its own: the short message and line of a Java syntax
 * error in a consequence, and the bracket nesting limit (what is counted, where it is reported).
 */
class RuleSafetyDetailsTest {
  // ---- Java syntax errors ------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = ':', quoteCharacter = '`', value = {
      "int x = ;:=",
      "int y = 1 + ;:+",
      "int d = 4 - ;:-",
      "int p = 2 * ;:*",
      "int q = 4 / ;:/",
      "boolean c = a && ;:&&",
      "boolean c = a || ;:||"})
  void anOperatorWithoutItsRightHandSideIsNamed(String statement, String operator) {
    assertThat(RuleSafety.SyntaxError.of(statement))
        .isEqualTo(new RuleSafety.SyntaxError(0, "Java 语法错误: '" + operator + "' 后缺少表达式: \"" + statement + "\""));
  }

  @Test
  void theLineIsCountedFromTheFirstLineThatIsNotBlank() {
    assertThat(RuleSafety.SyntaxError.of("\n\n  int y = 1 + ;"))
        .isEqualTo(new RuleSafety.SyntaxError(0, "Java 语法错误: '+' 后缺少表达式: \"int y = 1 + ;\""));
    assertThat(RuleSafety.SyntaxError.of("int a = 1;\nint b = 2 * ;"))
        .isEqualTo(new RuleSafety.SyntaxError(1, "Java 语法错误: '*' 后缺少表达式: \"int b = 2 * ;\""));
    assertThat(RuleSafety.SyntaxError.of("  \n int h = 1;\n\n  foo(;"))
        .isEqualTo(new RuleSafety.SyntaxError(2, "Java 语法错误: 此处不应有 \";\": \"foo(;\""));
  }

  @Test
  void anUnexpectedTokenIsQuoted() {
    assertThat(RuleSafety.SyntaxError.of("int g = (1;"))
        .isEqualTo(new RuleSafety.SyntaxError(0, "Java 语法错误: 此处不应有 \";\": \"int g = (1;\""));
    assertThat(RuleSafety.SyntaxError.of("int f = 1 1;").message()).startsWith("Java 语法错误: 此处不应有 \"1").endsWith(": \"int f = 1 1;\"");
  }

  @Test
  void aSyntaxErrorInAConsequenceIsReportedOnItsLineWithItsRule() {
    String drl = "package io.tracker.rules.custom;\n\nrule \"坏\"\nwhen\n  $n : Integer()\nthen\n  int a = 1;\n  int b = a * ;\nend\n";
    assertThat(RuleSafety.check("bad.drl", drl)).singleElement()
        .hasToString("bad.drl:8:0: rule \"坏\": Java 语法错误: '*' 后缺少表达式: \"int b = a * ;\"");
  }

  // ---- bracket nesting ---------------------------------------------------------------------------

  private static final String NESTING = "括号嵌套超过 3 层: 请把表达式拆开 (上限见 RuleLimits.maxNestingDepth)";

  private static List<RuleProblem> checkAtDepth3(String text) {
    return RuleSafety.check("n.drl", text, RuleLimits.defaults().withMaxNestingDepth(3));
  }

  private static List<RuleProblem> nestingProblems(String text) {
    return checkAtDepth3(text).stream().filter(p -> p.message().startsWith("括号嵌套")).toList();
  }

  @Test
  void nestingAtTheLimitPassesAndOneDeeperIsRefusedAtTheDeepestBracket() {
    assertThat(nestingProblems("a\n( [ { } ] )\n")).isEmpty();
    assertThat(nestingProblems("a\n( [ {\n ( ) } ] )\n")).singleElement()
        .hasToString("n.drl:3:0: " + NESTING);
  }

  @Test
  void theFirstBracketReachingTheDeepestLevelIsReported() {
    assertThat(nestingProblems("(((\n(\n)\n(\n)))\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    assertThat(nestingProblems("(((\n)))\n(((\n(\n)))\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
  }

  @Test
  void theProblemNamesTheRuleHoldingTheBrackets() {
    String drl = "package io.tracker.rules.custom;\nrule \"深\"\nwhen\n  $n : Integer()\nthen\n  int x = ((((1))));\nend\n";
    assertThat(nestingProblems(drl)).singleElement().hasToString("n.drl:6:0: rule \"深\": " + NESTING);
  }

  @Test
  void closingBracketsWithoutOpeningOnesDoNotLowerTheCountBelowZero() {
    assertThat(nestingProblems(")))\n((((\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    assertThat(nestingProblems("]]}}\n(((\n")).isEmpty();
  }

  @Test
  void bracketsInCommentsStringsAndCharactersAreNotCounted() {
    assertThat(nestingProblems("(( // ((((\n))\n")).isEmpty();
    assertThat(nestingProblems("(( /* ((((\n (((( */ ))\n")).isEmpty();
    assertThat(nestingProblems("/*/ ((((\n*/\n")).isEmpty(); // "/*/" opens a comment, it does not close one
    assertThat(nestingProblems("(( \"\"\"\n((((\n\"\"\" ))\n")).isEmpty();
    assertThat(nestingProblems("(( \"(((( \\\" ((((\" ))\n")).isEmpty();
    assertThat(nestingProblems("(( '(' '(' '(' '\\'' ))\n")).isEmpty();
  }

  @Test
  void bracketsAfterAClosedCommentOrStringAreCounted() {
    assertThat(nestingProblems("// x\n((((\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    assertThat(nestingProblems("/* x */ ((((\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    assertThat(nestingProblems("\"\"\" x \"\"\" ((((\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    assertThat(nestingProblems("\"x\" ((((\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    assertThat(nestingProblems("'x' ((((\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
  }

  @Test
  void aStringLeftOpenEndsAtItsLine() {
    assertThat(nestingProblems("\"(((( \n((((\n")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
  }

  @Test
  void aCommentOrTextBlockLeftOpenRunsToTheEnd() {
    assertThat(nestingProblems("(( /* ((((\n((((")).isEmpty();
    assertThat(nestingProblems("(( \"\"\" ((((\n((((")).isEmpty();
    assertThat(nestingProblems("(( // ((((")).isEmpty();
  }
}
