package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.rules.fact.TaskFact;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/** The limits on rule files and on running rules, and how every failure of a rule reaches a host. */
class RuleLimitsTest {
  /** Two rules that trigger each other for ever; both pass the source check and the verifier. */
  static final String PING_PONG = """
      package io.tracker.rules.custom;
      import io.tracker.rules.fact.*;
      declare Counter
        n : int
      end
      rule "开始"
      when
        TaskFact()
        not Counter()
      then
        insert( new Counter( 0 ) );
      end
      rule "乒乓"
      when
        $c : Counter( n >= 0 )
      then
        modify( $c ) { setN( $c.getN() + 1 ) }
      end
      """;

  static final List<Object> ONE_TASK = List.of(new TaskFact("1", 0, LocalDate.of(2023, 12, 31), 10, 1, 1, BigDecimal.ONE, List.of()));

  static RuleCompiler.Compiled pingPong;

  @BeforeAll
  static void compilePingPong() {
    pingPong = RuleCompiler.compile(RuleSet.of(Map.of("ping.drl", utf8(PING_PONG))), RuleLimits.defaults());
  }

  @Test
  void rulesTriggeringEachOtherStopAtTheFiringLimitNamingTheRule() {
    RuleRun run = new RuleRun(pingPong.base(), RuleLimits.defaults(), pingPong.sources());
    assertThatThrownBy(() -> run.call(() -> run.derive(ONE_TASK)))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.toString()).startsWith("ping.drl:13:0: rule \"乒乓\": 规则触发次数超过上限 10100 (1 个事实");
        }));
  }

  @Test
  void anAssessmentOverItsTimeBudgetIsHaltedWithAClearError() {
    RuleLimits limits = RuleLimits.defaults().withFiringsPerFact(1_000_000_000).withTimeBudget(Duration.ofMillis(300));
    RuleRun run = new RuleRun(pingPong.base(), limits, pingPong.sources());
    long start = System.nanoTime();
    assertThatThrownBy(() -> run.call(() -> run.derive(ONE_TASK)))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.getMessage())
            .isEqualTo("<rules>:0:0: 评估超出时间预算 300 毫秒 (RuleLimits.timeBudget), 已停止: 规则太慢或在互相触发"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void sessionsSideBySideEndTogetherWhenTheBudgetEnds() {
    RuleLimits limits = RuleLimits.defaults().withFiringsPerFact(1_000_000_000).withTimeBudget(Duration.ofMillis(300));
    RuleRun run = new RuleRun(pingPong.base(), limits, pingPong.sources());
    long start = System.nanoTime();
    assertThatThrownBy(() -> run.call(() -> run.inParallel(4, i -> run.derive(ONE_TASK))))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.getMessage())
            .isEqualTo("<rules>:0:0: 评估超出时间预算 300 毫秒 (RuleLimits.timeBudget), 已停止: 规则太慢或在互相触发"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void theFailureOfASessionSideBySideReachesTheHostNamingTheRule() {
    RuleRun run = new RuleRun(pingPong.base(), RuleLimits.defaults(), pingPong.sources());
    assertThatThrownBy(() -> run.call(() -> run.inParallel(3, i -> run.derive(ONE_TASK))))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.getMessage())
            .startsWith("ping.drl:13:0: rule \"乒乓\": 规则触发次数超过上限 10100"));
  }

  @Test
  void whatARuleThrowsIsTheRuleSetsErrorWithItsFileAndLine() {
    String drl = """
        package io.tracker.rules.custom;
        import io.tracker.rules.fact.*;
        rule "坏数字"
        when
          TaskFact( id == "1" )
        then
          int n = Integer.parseInt( "十" );
        end
        rule "太大"
        when
          TaskFact( id == "2" )
        then
          String s = "x".repeat( Integer.MAX_VALUE );
        end
        """;
    RuleCompiler.Compiled compiled = RuleCompiler.compile(RuleSet.of(Map.of("bad.drl", utf8(drl))), RuleLimits.defaults());
    RuleRun run = new RuleRun(compiled.base(), RuleLimits.defaults(), compiled.sources());
    assertThatThrownBy(() -> run.call(() -> run.derive(ONE_TASK)))
        .isInstanceOf(RuleSetException.class)
        .hasMessage("bad.drl:3:0: rule \"坏数字\": 规则执行出错: NumberFormatException: For input string: \"十\"");
    RuleRun second = new RuleRun(compiled.base(), RuleLimits.defaults(), compiled.sources());
    List<Object> task2 = List.of(new TaskFact("2", 0, LocalDate.of(2023, 12, 31), 10, 1, 1, BigDecimal.ONE, List.of()));
    assertThatThrownBy(() -> second.call(() -> second.derive(task2)))
        .isInstanceOf(RuleSetException.class)
        .hasMessage("bad.drl:9:0: rule \"太大\": 规则执行出错: 内存不足 (OutOfMemoryError)");
  }

  @Test
  void aStackOverflowInRulesThatGotPastBothLayersIsStillOneLine() {
    String drl = """
        package io.tracker.rules.custom;
        function int down(int n) { return n <= 0 ? 0 : 1 + down(n - 1); }
        rule "深递归"
        when
          Integer()
        then
          int d = down( 100000000 );
        end
        """;
    RuleSet rules = RuleSet.of(Map.of("deep.drl", utf8(drl)));
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "deep-test", "1.0.0");
    KieBase base;
    try {
      RuleCompiler.build(services, id, Map.of("deep.drl", drl));
      base = services.newKieContainer(id).newKieBase(services.newKieBaseConfiguration());
    } finally {
      services.getRepository().removeKieModule(id);
    }
    RuleRun run = new RuleRun(base, RuleLimits.defaults(), PreparedRules.trusted(rules));
    assertThatThrownBy(() -> run.call(() -> run.derive(List.of(1))))
        .isInstanceOf(RuleSetException.class)
        .hasMessage("deep.drl:3:0: rule \"深递归\": 规则执行出错: 栈溢出 (StackOverflowError)");
  }

  @Test
  void fiveThousandNestedParenthesesAreOneLine() {
    String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
    String drl = "package io.tracker.rules.custom;\nrule \"深\"\nwhen\n  Integer( intValue > " + deep + " )\nthen\nend\n";
    assertThatThrownBy(() -> Assessor.withRules(RuleSet.of(Map.of("deep.drl", utf8(drl)))))
        .isInstanceOf(RuleSetException.class)
        .hasMessage("deep.drl:4:0: rule \"深\": 括号嵌套超过 64 层: 请把表达式拆开 (上限见 RuleLimits.maxNestingDepth)");
  }

  @Test
  void aRuleFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
    RuleSet rules = RuleSet.of(Map.of("big.drl", utf8("// " + "x".repeat(300))));
    assertThatThrownBy(() -> PreparedRules.prepare(rules, RuleLimits.defaults().withMaxFileBytes(100)))
        .isInstanceOf(RuleSetException.class)
        .hasMessage("big.drl:0:0: 规则文件有 303 字节, 超过上限 100 字节 (RuleLimits.maxFileBytes)");
  }

  @Test
  void dslPhrasesExpandingIntoEachOtherBeyondTheDepthAreRefused() {
    String dsl = "[then]甲=乙 乙\n[then]乙=丙 丙\n[then]丙=丁 丁\n[then]丁=insert( 1 );\n";
    RuleSet rules = RuleSet.of(Map.of("chain.dsl", utf8(dsl)));
    assertThatThrownBy(() -> PreparedRules.prepare(rules, RuleLimits.defaults().withMaxDslExpansionDepth(3)))
        .isInstanceOf(RuleSetException.class)
        .hasMessage("chain.dsl:1:0: DSL 短语层层展开 4 层, 超过上限 3 (RuleLimits.maxDslExpansionDepth): \"甲\" → \"乙\" → \"丙\" → \"丁\"");
    assertThat(PreparedRules.prepare(rules, RuleLimits.defaults().withMaxDslExpansionDepth(4)).sources()).isEmpty();
  }

  @Test
  void hostsSetTheLimitsOnBothAssessors() {
    RuleLimits limits = RuleLimits.defaults().withTimeBudget(Duration.ofSeconds(5)).withFiringsPerFact(7);
    assertThat(Assessor.withDefaultRules(limits).limits()).isEqualTo(limits);
    assertThat(ReloadableAssessor.of(RuleSet.defaults(), limits).limits()).isEqualTo(limits);
    assertThat(limits.maxFirings(10)).isEqualTo(RuleLimits.BASE_FIRINGS + 70);
    assertThatThrownBy(() -> limits.withTimeBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> limits.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
