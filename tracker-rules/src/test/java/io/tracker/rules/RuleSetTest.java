package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.rules.fact.Rating;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
  /** Risk rules of an analyst: one flag of their own, and the task light. */
  private static final String ANALYST_RISK = """
      package io.tracker.rules;
      import io.tracker.rules.fact.*;
      import java.util.Map;
      import java.util.OptionalInt;

      rule "完成不足六成亮红灯"
      when
          TargetScore( $t : taskId, $p : position, reported, completion < 0.6 )
      then
          insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), "BELOW_60", Light.RED, drools.getRule().getName(),
              "完成不足60%", Map.of() ) );
      end

      rule "亮灯"
      when
          TaskFact( $t : id )
          not RiskFlag( taskId == $t )
      then
          insertLogical( new TaskLight( $t, Light.GREEN ) );
      end

      rule "亮红灯"
      when
          TaskFact( $t : id )
          exists RiskFlag( taskId == $t )
      then
          insertLogical( new TaskLight( $t, Light.RED ) );
      end
      """;

  @Test
  void defaultsHoldScoringAndRisk() {
    assertThat(RuleSet.defaults().paths()).containsExactly(RuleSet.RISK, RuleSet.SCORING);
    assertThat(new String(RuleSet.defaults().content(RuleSet.RISK), StandardCharsets.UTF_8)).contains("rule \"滞后预警\"");
  }

  @Test
  void replacingTheRiskRulesKeepsScoring() {
    RuleSet rules = RuleSet.defaults().with(RuleSet.RISK, ANALYST_RISK.getBytes(StandardCharsets.UTF_8));
    Assessment a = Assessor.withRules(rules).assess(book(task5()), ledger(
        value("5", 1, "2023-06-30", "20"), value("5", 2, "2023-06-30", "2.0"), value("5", 3, "2023-06-30", "0.6")),
        date("2023-06-30"));
    TaskResult t = a.tasks().get(0);
    assertThat(t.score()).isEqualTo(new java.math.BigDecimal("57.04"));
    assertThat(t.flags()).extracting(RiskFlag::code).containsExactly("BELOW_60");
    assertThat(t.flags().get(0).target()).hasValue(2);
    assertThat(t.light()).isEqualTo(Light.RED);
  }

  @Test
  void aBrokenRuleFileIsReportedWithFileAndLine() {
    String broken = ANALYST_RISK.replace("TaskFact( $t : id )\n    not", "TaskFact( $t : id \n    not");
    RuleSet rules = RuleSet.defaults().with(RuleSet.RISK, broken.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Assessor.withRules(rules))
        .isInstanceOfSatisfying(RuleSetException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.problems().get(0).file()).isEqualTo(RuleSet.RISK);
          assertThat(e.problems().get(0).line()).isEqualTo(17);
          assertThat(e.problems().get(0).rule()).isEqualTo("亮灯");
          assertThat(e.getMessage()).startsWith("risk.drl:");
        });
  }

  @Test
  void readsADirectoryAndRefusesPathsLeavingIt(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/extra.drl"), "package x;");
    Files.writeString(dir.resolve("risk.drl"), "package y;");
    RuleSet rules = RuleSet.fromDirectory(dir);
    assertThat(rules.paths()).containsExactly("risk.drl", "sub/extra.drl");
    assertThat(rules.content("sub/extra.drl")).isEqualTo("package x;".getBytes(StandardCharsets.UTF_8));
    assertThat(rules).isEqualTo(RuleSet.of(Map.of("risk.drl", "package y;".getBytes(StandardCharsets.UTF_8),
        "sub/extra.drl", "package x;".getBytes(StandardCharsets.UTF_8))));
    assertThatThrownBy(() -> RuleSet.of(Map.of("../escape.drl", new byte[0])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../escape.drl");
  }

  @Test
  void oneAssessorServesConcurrentAssessments() throws Exception {
    Assessor assessor = DefaultRules.assessor();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Assessment>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String value = i % 2 == 0 ? "2.0" : "3.2";
        futures.add(pool.submit(() -> assessor.assess(book(task5()),
            ledger(value("5", 2, "2023-06-30", value)), date("2023-06-30"))));
      }
      for (int i = 0; i < 8; i++) {
        assertThat(futures.get(i).get().tasks().get(0).targets().get(1).completion())
            .isEqualTo(new java.math.BigDecimal(i % 2 == 0 ? "0.4444" : "0.7111"));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aReportForAnUnknownTargetIsRefusedAsTheLedgerCheckSays() {
    assertThatThrownBy(() -> DefaultRules.assessor().assess(book(task5()),
        ledger(value("5", 1, "2023-05-31", "1"), value("5", 4, "2023-06-30", "1")), date("2023-06-30")))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:2:0: 任务 \"5\" 没有目标 \"4\": 应为目标序号 1..3");
  }

  @Test
  void aReportOutsideTheBooksYearIsRefused() {
    assertThatThrownBy(() -> DefaultRules.assessor().assess(book(task5()),
        ledger(value("5", 1, "2022-12-31", "1")), date("2023-06-30")))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:0: 截至日期 \"2022-12-31\" 不在任务清单的年度 2023 内");
  }

  @Test
  void anAsOfDateOutsideTheBooksYearIsRefused() {
    assertThatThrownBy(() -> DefaultRules.assessor().assess(book(task5()), ledger(), date("2024-01-15")))
        .isInstanceOf(InputException.class)
        .hasMessage("asOf:1:1: 日期 \"2024-01-15\" 不在任务清单的年度 2023 内: 应为 2023 年的日期");
  }

  @Test
  void aRatingOfAUnitWithoutTasksIsRefusedAsTheRatingsFileWouldBe() {
    List<Rating> ratings = List.of(new Rating("县民政局", "", "领导评价", java.math.BigDecimal.TEN, date("2023-06-30")));
    assertThatThrownBy(() -> DefaultRules.assessor().assess(book(task5()), ledger(), date("2023-06-30"),
        ScoringPolicy.defaults(), ratings))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:0: 单位 \"县民政局\" 在任务清单中没有任务: 应为清单中的责任单位");
  }
}
