package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The source check on each place of a DRL file that can hold a forbidden use, one at a time, with
 * the exact line (the package line is line 1) and message: package, global, declare and declare enum
 * (name, super type, annotation, field, literal argument), entry points, windows, attributes, and the
 * rule's patterns, {@code forall}, conditional branches, {@code from}, {@code collect} and
 * {@code accumulate} (input, function argument, init/action/result code).
 */
class RuleSafetyRoutesTest {
  private static final String HEADER = "package io.tracker.rules.custom;\n";
  private static final String HINT = RuleAllowList.HINT;
  private static final String GET_INTEGER = "不允许调用 \"getInteger(...)\": 读或改宿主的全局状态";

  private static List<String> check(String body) {
    return RuleSafety.check("t.drl", HEADER + body).stream().map(RuleProblem::toString).toList();
  }

  private static String rule(String lhs) {
    return "rule \"r\"\nwhen\n  " + lhs + "\nthen\nend\n";
  }

  @Test
  void aPackageOfJavaOrDroolsIsRefusedOnItsLine() {
    assertThat(RuleSafety.check("t.drl", "package java.util.evil;\n" + rule("Integer()")).stream().map(RuleProblem::toString))
        .containsExactly("t.drl:1:0: 不允许的包名 \"java.util.evil\": 规则文件不能放在 Java 或 Drools 自己的包里");
    assertThat(RuleSafety.check("t.drl", "package org.kie;\n" + rule("Integer()"))).hasSize(1);
    assertThat(RuleSafety.check("t.drl", "package javax2.rules;\n" + rule("Integer()"))).isEmpty();
  }

  @Test
  void aGlobalOfAForbiddenTypeIsRefused() {
    assertThat(check("global java.io.File f;\n")).containsExactly("t.drl:2:0: 不允许使用 \"java.io.File\"" + HINT);
  }

  @Test
  void aDeclaredTypeMayExtendAnotherDeclaredTypeOfTheRulePackage() {
    // an unqualified super type has no namespace: this threw a NullPointerException out of the check
    assertThat(check("declare A\nend\ndeclare B extends A\nend\n")).isEmpty();
    assertThat(check("declare B extends A\nend\ndeclare A\nend\n")).isEmpty();
    assertThat(check("declare A\nend\ndeclare B extends io.tracker.rules.custom.A\nend\n")).isEmpty();
    assertThat(check("declare A\nend\ndeclare B extends other.A\nend\n"))
        .containsExactly("t.drl:4:0: declare \"B\" 只能继承本规则包里 declare 的类型, 不能继承 \"other.A\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "declare java.lang.Evil\\nend|t.drl:2:0: declare \"java.lang.Evil\": declare 只能在本规则包 \"io.tracker.rules.custom\" 里定义新类型",
      "declare enum java.lang.Evil\\n  RED;\\nend|t.drl:2:0: declare \"java.lang.Evil\": declare 只能在本规则包 \"io.tracker.rules.custom\" 里定义新类型",
      "declare String\\nend|t.drl:2:0: declare \"String\" 与已有的类 \"java.lang.String\" 同名: declare 只能定义新类型, 不能遮盖或重新声明已有的类",
      "declare enum String\\n  RED;\\nend|t.drl:2:0: declare \"String\" 与已有的类 \"java.lang.String\" 同名: declare 只能定义新类型, 不能遮盖或重新声明已有的类",
      "declare enum Color\\n  @role(event)\\n  RED;\\nend|t.drl:2:0: 不允许的注解 \"@role\": declare 只能用 @key, @position, @propertyReactive (事件和时间注解依赖时钟)",
      "declare enum Color\\n  RED(Integer.getInteger(\"x\"));\\n  code : Integer\\nend|t.drl:3:0: " + "不允许调用 \"getInteger(...)\": 读或改宿主的全局状态",
      "declare entry-point \"s\"\\nend|t.drl:2:0: 不允许声明入口 (entry-point): 评估只用插入的事实",
      "declare window W\\n  Integer() over window:length( 10 )\\nend|t.drl:2:0: 不允许声明窗口 (window): 窗口依赖时钟",
      "dialect \"mvel\"\\nrule \"r\"\\nwhen\\nthen\\nend|t.drl:2:0: 不允许的方言 \"mvel\": 规则代码只能用 java 方言"})
  void everyPackageLevelDeclarationIsChecked(String body, String problem) {
    assertThat(check(body.replace("\\n", "\n") + "\n")).containsExactly(problem);
  }

  @Test
  void aFieldOfADeclaredEnumIsChecked() {
    assertThat(check("declare enum Color\n  RED(1);\n  f : java.io.File\nend\n"))
        .containsExactly("t.drl:4:0: 不允许使用 \"java.io.File\"" + HINT);
  }

  @Test
  void aDeclarationInTheRulePackageIsAllowed() {
    assertThat(check("declare io.tracker.rules.custom.Mine\nend\n")).isEmpty();
    assertThat(check("declare enum Color\n  RED(1), GREEN(2);\n  code : int\nend\n")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // accumulate: its input patterns (were not checked by this layer), its functions' arguments, its code
      "accumulate( java.io.File(); $s : count( 1 ) )|不允许使用 \"java.io.File\"",
      "$t : Number() from accumulate( java.io.File(), sum( 1 ) )|不允许使用 \"java.io.File\"",
      "accumulate( Integer( Integer.getInteger(\"x\") != null ); $s : count( 1 ) )|" + GET_INTEGER,
      "accumulate( Integer() and java.io.File(); $s : count( 1 ) )|不允许使用 \"java.io.File\"",
      "accumulate( $i : Integer(); $s : sum( Integer.getInteger(\"x\") ) )|" + GET_INTEGER,
      "$t : Number() from accumulate( $i : Integer(), init( Integer.getInteger(\"x\"); ), action( ), result( 1 ) )|" + GET_INTEGER,
      "$t : Number() from accumulate( $i : Integer(), init( int c = 0; ), action( c++; ), result( System.getenv(\"x\") ) )|不允许使用 \"System\"",
      "$l : java.util.List() from collect( java.io.File() )|不允许使用 \"java.io.File\"",
      "Integer() from entry-point \"s\"|不允许从入口 (entry-point) 取事实: 评估只用插入的事实",
      "Integer() over window:length( 10 )|不允许滑动窗口 (over window): 窗口依赖时钟",
      "forall( Integer( Integer.getInteger(\"x\") != null ) )|" + GET_INTEGER,
      "$n : Integer( intValue > 0 ) from Integer.getInteger(\"x\")|" + GET_INTEGER})
  void everyPlaceOfARulesConditionIsChecked(String lhs, String problem) {
    assertThat(check(rule(lhs))).singleElement().asString().startsWith("t.drl:4:0: rule \"r\": " + problem);
  }

  @Test
  void aConstraintIsReportedOnItsOwnLine() {
    assertThat(check(rule("Integer(\n    intValue > 1,\n    Integer.getInteger(\"x\") != null )")))
        .containsExactly("t.drl:6:0: rule \"r\": " + GET_INTEGER);
  }

  @Test
  void aConditionalBranchIsChecked() {
    assertThat(check("rule \"r\"\nwhen\n  $n : Integer()\n  if ( Integer.getInteger(\"x\") != null ) do[a]\nthen\nthen[a]\nend\n"))
        .containsExactly("t.drl:5:0: rule \"r\": " + GET_INTEGER);
  }

  @Test
  void aQueryIsRefused() {
    assertThat(check("query q\n  Integer()\nend\n")).containsExactly("t.drl:2:0: rule \"q\": 不允许查询 (query): 评估只读取规则推出的事实");
  }

  @Test
  void aBindingNamedLikeAForbiddenTypeIsAVariable() {
    // Java resolves the name to the variable first; so does the check, for every kind of binding
    assertThat(check("rule \"r\"\nwhen\n  Runtime : Integer()\nthen\n  Runtime.intValue();\nend\n")).isEmpty();
    assertThat(check("rule \"r\"\nwhen\n  Integer( Runtime : intValue )\nthen\n  Runtime.toString();\nend\n")).isEmpty();
    assertThat(check("rule \"r\"\nwhen\n  accumulate( $i : Integer(); Runtime : sum( $i ) )\nthen\n  Runtime.toString();\nend\n")).isEmpty();
    assertThat(check("rule \"r\"\nwhen\n  exists( Runtime : Integer() )\nthen\n  Runtime.toString();\nend\n")).isEmpty();
    assertThat(check("rule \"r\"\nwhen\n  Integer()\nthen\n  Runtime.getRuntime();\nend\n")).hasSize(1);
  }

  @Test
  void anImportedNestedTypeIsResolvedToItsOuterClass() {
    String consequence = "rule \"r\"\nwhen\n  Integer()\nthen\n  Object c = Entry.comparingByKey();\nend\n";
    assertThat(check("import java.util.Map.Entry;\n" + consequence)).isEmpty();
    assertThat(check("import static java.util.Map.Entry.comparingByKey;\n"
        + "rule \"r\"\nwhen\n  Integer()\nthen\n  Object c = comparingByKey();\nend\n")).isEmpty();
    assertThat(check("import static java.util.Map.Entry.*;\n"
        + "rule \"r\"\nwhen\n  Integer()\nthen\n  Object c = comparingByKey();\nend\n")).isEmpty();
    assertThat(check("import java.lang.Thread.State;\n")).containsExactly("t.drl:2:0: 不允许导入 \"java.lang.Thread.State\"" + HINT);
  }
}
