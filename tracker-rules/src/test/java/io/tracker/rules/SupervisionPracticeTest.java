package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.quantity.Quantity;
import io.tracker.rules.fact.Rating;
import io.tracker.rules.scenario.RuleCheck;
import io.tracker.target.Bound;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scoring as supervision offices practise it (issue 9): status tasks against 时序进度, blocked work,
 * phases at any date, milestones, parts, ratings, the result contract and rule files that are not rules.
 */
class SupervisionPracticeTest {
  private static final LocalDate JUNE_END = date("2023-06-30");
  private final Assessor assessor = DefaultRules.assessor();

  private static TaskBook seed() {
    return TaskBookReader.read(Path.of("../seeds/000_961a157e1ab25069.txt")).book();
  }

  @Test
  void seedStatusTasksAt30JuneAreLitByTheirProgressAgainstExpectedProgress() {
    TaskBook seed = seed();
    assertThat(seed.task("21").orElseThrow().targets()).isEmpty();
    assertThat(seed.task("49").orElseThrow().targets()).isEmpty();
    // Three more tasks without targets due in November or later, each with a lead unit.
    List<String> others = seed.tasks().stream()
        .filter(t -> t.targets().isEmpty() && !List.of("21", "49").contains(t.id()))
        .filter(t -> t.responsibility().lead().isPresent())
        .filter(t -> io.tracker.ledger.ExpectedProgress.deadline(t, 2023).getMonthValue() >= 11)
        .map(Task::id).limit(3).toList();
    ProgressLedger ledger = ledger(
        status("21", "2023-06-30", Status.IN_PROGRESS, "34"),
        status(others.get(0), "2023-06-30", Status.IN_PROGRESS, "10"),
        status(others.get(1), "2023-06-30", Status.IN_PROGRESS, "50"),
        ProgressReport.status("49", JUNE_END, Status.BLOCKED, "县发改局").withNote("要素保障不足,推进受阻"),
        status(others.get(2), "2023-06-30", Status.NOT_STARTED, null));
    Assessment a = assessor.assess(seed, ledger, JUNE_END);
    List<Light> lights = new ArrayList<>();
    for (String id : List.of("21", others.get(0), others.get(1), "49", others.get(2))) {
      lights.add(a.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().light());
    }
    assertThat(lights).containsExactly(Light.YELLOW, Light.RED, Light.GREEN, Light.RED, Light.RED);
    TaskResult t21 = result(a, "21");
    assertThat(t21.flags()).extracting(RiskFlag::code).containsExactly("LAGGING");
    assertThat(t21.flags().get(0).message()).isEqualTo("截至2023-06-30,任务推进中,完成34.0%,时序进度54.5%,落后20.5个百分点");
    TaskResult t49 = result(a, "49");
    assertThat(t49.score()).isEqualByComparingTo("0");
    assertThat(t49.flags()).extracting(RiskFlag::code).containsExactly("BLOCKED");
    assertThat(t49.flags().get(0).message()).isEqualTo("截至2023-06-30,任务报送受阻(2023-06-30):要素保障不足,推进受阻");
    assertThat(result(a, others.get(2)).flags().get(0).message()).endsWith("落后54.5个百分点,严重滞后");
  }

  @Test
  void inProgressWithoutAPercentIsNotJudgedForLag() {
    Task task = task("7", Optional.of(deadline(NOV_END)), List.of(lead("县民政局")), List.of());
    Assessment a = assessor.assess(book(task), ledger(status("7", "2023-06-30", Status.IN_PROGRESS, null)), JUNE_END);
    assertThat(result(a, "7").light()).isEqualTo(Light.GREEN);
    assertThat(result(a, "7").score()).isEqualByComparingTo("50");
  }

  @Test
  void aListWithPhaseDatesAndAMilestoneIsJudgedByThoseDates() throws Exception {
    TaskBook book = TaskBookReader.read(new StringReader("""
        序号,任务,责任单位,完成时限,年度
        1,"3月底前完成投资5亿元,6月底前完成投资10亿元",县发改局,5月底前动工,2023
        """), "tasks.csv").book();
    Task task = book.task("1").orElseThrow();
    assertThat(task.targets()).extracting(Target::metric).containsExactly("投资", "投资");

    // 15 April: the first phase passed short of 5亿元; the second is half due; 动工 not yet due.
    Assessment april = assessor.assess(book, ledger(value("1", 1, "2023-03-31", "3"), value("1", 2, "2023-03-31", "3")),
        date("2023-04-15"));
    TaskResult t = result(april, "1");
    assertThat(t.flags()).extracting(RiskFlag::code).contains("PHASE_MISSED").doesNotContain("MILESTONE_MISSED", "OVERDUE");
    assertThat(t.flags().stream().filter(f -> f.code().equals("PHASE_MISSED")).findFirst().orElseThrow().message())
        .isEqualTo("截至2023-03-31(3月底前),投资完成3.0亿元,未达到阶段目标5亿元");
    assertThat(t.targets().get(1).expectedShare()).isEqualByComparingTo("0.5"); // 3 of 6 months to 30 June

    // 30 June: 10亿元 reached, 动工 never reported: the milestone is missed, the task is not overdue.
    ProgressLedger june = ledger(value("1", 1, "2023-03-31", "5"), value("1", 1, "2023-06-30", "10"),
        value("1", 2, "2023-06-30", "10"));
    TaskResult missed = result(assessor.assess(book, june, JUNE_END), "1");
    assertThat(missed.flags()).extracting(RiskFlag::code).containsExactly("MILESTONE_MISSED");
    assertThat(missed.flags().get(0).message()).isEqualTo("截至2023-06-30,节点\"5月底前动工\"已过(2023-05-31),尚无报送动工");
    assertThat(missed.light()).isEqualTo(Light.RED);

    List<ProgressReport> reached = new ArrayList<>(june.reports());
    reached.add(new ProgressReport("1", java.util.OptionalInt.empty(), date("2023-05-20"), Optional.empty(),
        Optional.empty(), Optional.empty(), "", "县发改局", Optional.empty()).withMilestone("动工"));
    TaskResult done = result(assessor.assess(book, ProgressLedger.of(reached), JUNE_END), "1");
    assertThat(done.flags()).isEmpty();
    assertThat(done.light()).isEqualTo(Light.GREEN);
    assertThat(done.score()).isEqualByComparingTo("100");
  }

  @Test
  void aPartIsScoredAndFlaggedButAddsNoWeight() {
    Target schools = target("学校", TargetKind.AMOUNT, Bound.EXACTLY, "20", GE);
    Target kindergartens = new Target("幼儿园", Optional.empty(), TargetKind.AMOUNT, Bound.EXACTLY,
        new Quantity(new BigDecimal("7"), GE), Optional.empty(), Optional.empty(), new SourceSpan("幼儿园7个", 0, 5), true);
    TaskBook book = book(task("3", schools, kindergartens));
    Assessment a = assessor.assess(book, ledger(value("3", 1, "2023-11-30", "20"), value("3", 2, "2023-11-30", "1")),
        date("2023-12-31"));
    TaskResult t = result(a, "3");
    assertThat(t.score()).isEqualByComparingTo("100"); // 20 of 20 schools; the part does not count twice
    assertThat(t.targets().get(1).score()).isEqualByComparingTo("14.29");
    assertThat(t.flags()).extracting(RiskFlag::code).contains("OVERDUE");
    assertThat(t.flags().stream().filter(f -> f.code().equals("OVERDUE")).findFirst().orElseThrow().target()).hasValue(2);
  }

  @Test
  void ratingsAreFactsOnlyUpToTheAsOfDateAndBadRowsAreOneLine() throws Exception {
    TaskBook book = book(task("1", Optional.empty(), List.of(lead("县民政局")), List.of()));
    List<Rating> ratings = Ratings.read(new StringReader("""
        unit,task,source,score,asOf
        县民政局,,领导评价,90,2023-06-30
        县民政局,1,社会评价,80,2023-07-15
        """), "r.csv", book);
    assertThat(ratings).hasSize(2);
    Facts facts = new Facts(book, ledger(), ScoringPolicy.defaults(), ratings);
    assertThat(facts.at(JUNE_END).stream().filter(f -> f instanceof Rating)).containsExactly(ratings.get(0));
    assertThatThrownBy(() -> Ratings.read(new StringReader("unit,task,source,score,asOf\n县财政局,,领导评价,90,2023-06-30\n"),
        "r.csv", book)).isInstanceOf(InputException.class)
        .hasMessage("r.csv:2:1: 单位 \"县财政局\" 在任务清单中没有任务: 应为清单中的责任单位");
    assertThatThrownBy(() -> Ratings.read(new StringReader("unit,task,source,score,asOf\n县民政局,1,领导评价,九十,2023-06-30\n"),
        "r.csv", book)).isInstanceOf(InputException.class)
        .hasMessage("r.csv:2:13: 评分 \"九十\" 不是数: 应为如 92 或 85.5 的分数");
    assertThatThrownBy(() -> Ratings.read(new StringReader("unit,task,source,score,asOf\n县民政局,9,领导评价,90,2023-06-30\n"),
        "r.csv", book)).isInstanceOf(InputException.class).hasMessage("r.csv:2:6: 任务 \"9\" 不在任务清单中");
    assertThatThrownBy(() -> Ratings.read(new StringReader("单位,评分\n"), "r.csv", book))
        .isInstanceOf(InputException.class).hasMessageStartingWith("r.csv:1:1: 评价表的表头 \"单位,评分\" 不对");
  }

  @Test
  void theDefaultsAssessTheProbeBookAndABrokenContractNamesTheRule() {
    assertThat(RuleCheck.probe(assessor)).isEmpty();
    Assessor withoutTargetScores = Assessor.withRules(RuleSet.defaults().extendedBy(RuleSet.of(java.util.Map.of("停用.drl", """
        package io.tracker.rules;
        rule "任务得分:指标得分加权平均" enabled false
        when
        then
        end
        """.getBytes(UTF_8)))));
    List<RuleProblem> missing = RuleCheck.probe(withoutTargetScores);
    assertThat(missing).isNotEmpty();
    assertThat(missing.get(0).message()).startsWith("规则结果缺失: 没有规则给出任务 1 的得分 (TaskScore)");
    assertThat(missing.get(0).rule()).isNotEmpty();
    Assessor twice = Assessor.withRules(RuleSet.defaults().with("重复.drl", """
        package io.tracker.rules;
        import io.tracker.rules.fact.*;
        import java.math.BigDecimal;
        rule "任务得分:另一个"
        when
            TaskFact( $t : id )
        then
            insertLogical( new TaskScore( $t, BigDecimal.ONE ) );
        end
        """.getBytes(UTF_8)));
    List<RuleProblem> duplicate = RuleCheck.probe(twice);
    assertThat(duplicate).isNotEmpty();
    assertThat(duplicate.get(0).message()).matches("规则结果重复: 任务 \\d+ 的得分 \\(TaskScore\\) 有不止一个.*");
    assertThat(duplicate.get(0).file()).isIn("重复.drl", "scoring.drl");
    assertThat(duplicate.get(0).line()).isPositive();
  }

  @Test
  void aConsequenceSyntaxErrorNamesTheStatementsLineAndAShortMessage() {
    assertThatThrownBy(() -> Assessor.withRules(RuleSet.defaults().with("broken.drl", """
        package io.tracker.rules;
        import io.tracker.rules.fact.*;
        rule "坏"
        when
            TaskFact( $t : id )
        then
            int x = ;
        end
        """.getBytes(UTF_8)))).isInstanceOfSatisfying(RuleSetException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          RuleProblem p = e.problems().get(0);
          assertThat(p.file()).isEqualTo("broken.drl");
          assertThat(p.line()).isEqualTo(7);
          assertThat(p.message()).isEqualTo("Java 语法错误: '=' 后缺少表达式: \"int x = ;\"");
        });
  }

  @Test
  void notesAndScenariosNeverReplaceDefaultRuleFiles() {
    RuleSet extended = RuleSet.analystDefaults().extendedBy(RuleSet.of(java.util.Map.of(
        "risk.md", "说明".getBytes(UTF_8), "scoring.json", "{}".getBytes(UTF_8))));
    assertThat(extended.paths()).contains(RuleSet.RISK, RuleSet.SCORING, "risk.md", "scoring.json");
    RuleSet replaced = RuleSet.analystDefaults().extendedBy(RuleSet.of(java.util.Map.of("risk.dslr", "x".getBytes(UTF_8))));
    assertThat(replaced.paths()).doesNotContain(RuleSet.RISK);
  }

  private static TaskResult result(Assessment a, String id) {
    return a.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
