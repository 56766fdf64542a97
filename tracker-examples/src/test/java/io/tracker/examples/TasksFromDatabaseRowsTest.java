package io.tracker.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.examples.TasksFromDatabaseRows.ReportRow;
import io.tracker.examples.TasksFromDatabaseRows.TaskRow;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TaskResult;
import io.tracker.rules.UnitResult;
import io.tracker.target.TargetKind;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TasksFromDatabaseRowsTest {
  private static final List<TaskRow> TASKS = List.of(
      new TaskRow("5", "发行专债4.5亿元以上", List.of("县财政局", "县发改局"), "", "11月底"),
      new TaskRow("1", "地方财政收入增长13%", List.of("县财政局"), "王永安", "11月底"));

  @Test
  void rowsBecomeTasksWithParsedTargetsAndDeadlines() {
    TaskBook book = TasksFromDatabaseRows.book(2023, TASKS);
    assertThat(book.tasks()).extracting(t -> t.targets().get(0).kind())
        .containsExactly(TargetKind.AMOUNT, TargetKind.GROWTH);
    assertThat(book.tasks().get(0).targets().get(0).baseValue().amount()).isEqualByComparingTo("450000000");
    assertThat(book.tasks().get(0).deadline().orElseThrow().date()).contains(LocalDate.of(2023, 11, 30));
    assertThat(book.tasks().get(0).responsibility().lead().orElseThrow().name()).isEqualTo("县财政局");
  }

  @Test
  void aRowOutOfRangeIsRefusedBeforeScoring() {
    List<ReportRow> reports = List.of(
        new ReportRow("5", 1, LocalDate.of(2023, 6, 30), new BigDecimal("2.0"), "县财政局"),
        new ReportRow("5", 1, LocalDate.of(2023, 7, 31), new BigDecimal("1E+100000000"), "县财政局"));
    assertThatThrownBy(() -> TasksFromDatabaseRows.assess(Assessor.withDefaultRules(), 2023, TASKS, reports,
        LocalDate.of(2023, 7, 31)))
        .isInstanceOf(InputException.class)
        .hasMessage("progress table:2:0: value \"1E+100000000\" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数");
  }

  @Test
  void assessesTheHostsReports() {
    List<ReportRow> reports = List.of(
        new ReportRow("5", 1, LocalDate.of(2023, 6, 30), new BigDecimal("2.0"), "县财政局"),
        new ReportRow("1", 1, LocalDate.of(2023, 6, 30), new BigDecimal("13.5"), "县财政局"));
    Assessment assessment = TasksFromDatabaseRows.assess(Assessor.withDefaultRules(), 2023, TASKS, reports,
        LocalDate.of(2023, 6, 30));

    // Task 5: 2.0 of 4.5亿元 = 0.4444 done against 6/11 = 0.5455 expected: 10.11 points behind (LAGGING);
    // 2.0 × 334 days (1 January to 30 November) ÷ 181 days (to 30 June) = 3.69 < 4.5 (FORECAST_MISS).
    TaskResult task5 = assessment.tasks().get(0);
    assertThat(task5.score()).isEqualByComparingTo("44.44");
    assertThat(task5.light()).isEqualTo(Light.YELLOW);
    assertThat(task5.flags()).extracting(RiskFlag::code).containsExactlyInAnyOrder("LAGGING", "FORECAST_MISS");
    assertThat(task5.flags()).filteredOn(f -> f.code().equals("LAGGING")).extracting(RiskFlag::message)
        .containsExactly("截至2023-06-30,发行专债完成2.0亿元,目标4.5亿元以上,完成44.4%,时序进度54.5%,落后10.1个百分点");
    // Task 1: growth 13.5% against 13%: met, capped at 100.
    assertThat(assessment.tasks().get(1).score()).isEqualByComparingTo("100");
    assertThat(assessment.tasks().get(1).light()).isEqualTo(Light.GREEN);
    // 县财政局 leads both (weight 2 each): (44.44 × 2 + 100 × 2) / 4 = 72.22; 县发改局 co-operates on task 5 only.
    UnitResult finance = assessment.units().stream().filter(u -> u.name().equals("县财政局")).findFirst().orElseThrow();
    assertThat(finance.score()).isEqualByComparingTo("72.22");
    assertThat(finance.lead()).isEqualTo(2);
    UnitResult development = assessment.units().stream().filter(u -> u.name().equals("县发改局")).findFirst().orElseThrow();
    assertThat(development.score()).isEqualByComparingTo("44.44");
    assertThat(development.co()).isEqualTo(1);
    assertThat(assessment.total()).isEqualByComparingTo("72.22");
  }
}
