package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reports checked against {@link SampleBook} while reading, and in memory. */
class LedgerCheckTest {
  private static final TaskBook BOOK = SampleBook.book();
  private static final String HEADER = "task,target,asOf,value,status,percent,note,reporter,reportedAt\n";
  private static final String GOOD_ROW = "5,2,2023-03-31,1.2,,,,县发改局,2023-04-05T09:00:00+08:00\n";

  private static ProgressLedger read(String rows) throws IOException {
    return LedgerReader.read(new StringReader(HEADER + rows), LedgerFormat.CSV, "l.csv", BOOK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown task            | 999,1,2023-06-30,6.5,,,,县财政局,      | l.csv:3:1: 任务 "999" 不在任务清单中: 应为 "1" … "90" 之一
      target beyond the task  | 5,4,2023-06-30,6.5,,,,县发改局,        | l.csv:3:3: 任务 "5" 没有目标 "4": 应为目标序号 1..3
      target of one-target    | 1,2,2023-06-30,6.5,,,,县财政局,        | l.csv:3:3: 任务 "1" 没有目标 "2": 应为目标序号 1
      no target given         | 5,,2023-06-30,6.5,,,,县发改局,         | l.csv:3:3: target 为空, 但任务 "5" 有 3 个量化目标: 应为目标序号 1..3
      target for no-target    | 29,1,2023-06-30,,DONE,,,县文旅局,      | l.csv:3:4: 给出了 target "1", 但任务 "29" 没有量化目标: target 应留空, 报送 status
      value without value     | 2,1,2023-06-30,,,,,县发改局,           | l.csv:3:16: 任务 "2" 的目标 1 的 value 为空: 应为以 % 计的实际数
      status for target       | 15,1,2023-06-30,,DONE,,,县行政审批局,  | l.csv:3:18: 任务 "15" 的目标 1 给出了 status "DONE": 应报送 value
      status missing          | 29,,2023-06-30,,,,,县文旅局,           | l.csv:3:17: 任务 "29" 没有量化目标, 但 status 为空: 应为 [NOT_STARTED, IN_PROGRESS, DONE, BLOCKED] 之一
      value for no-target     | 37,,2023-06-30,80,,,,县自然资源局,     | l.csv:3:16: 给出了 value "80", 但任务 "37" 没有量化目标: 应报送 status [NOT_STARTED, IN_PROGRESS, DONE, BLOCKED]
      date before the year    | 1,1,2022-12-31,6.5,,,,县财政局,        | l.csv:3:5: 截至日期 "2022-12-31" 不在任务清单的年度 2023 内
      date after the year     | 1,1,2024-01-31,6.5,,,,县财政局,        | l.csv:3:5: 截至日期 "2024-01-31" 不在任务清单的年度 2023 内
      negative amount         | 15,1,2023-06-30,-20,,,,县行政审批局,   | l.csv:3:17: 任务 "15" 的目标 1 "新增市场主体3500户以上" 的 value "-20" 为负数: 应为 0 或以上
      negative level          | 17,1,2023-06-30,-0.5,,,,县经贸局,      | l.csv:3:17: 任务 "17" 的目标 1 "非公经济占比达到65%" 的 value "-0.5" 为负数: 应为 0 或以上
      negative maintained     | 19,2,2023-06-30,-40,,,,县农业农村局,   | l.csv:3:17: 任务 "19" 的目标 2 "粮食播种面积稳定在40万亩" 的 value "-40" 为负数: 应为 0 或以上
      """)
  void badReport(String name, String row, String message) {
    assertThatThrownBy(() -> read(GOOD_ROW + row + "\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @Test
  void growthAndDeclineRatesMayBeNegative() throws IOException {
    ProgressLedger ledger = read(GOOD_ROW
        + "1,1,2023-06-30,-2.5,,,财政收入同比下降,县财政局,\n"
        + "3,1,2023-06-30,-0.8,,,能耗不降反升,县发改局,\n"
        + "29,,2023-06-30,,IN_PROGRESS,0,,县文旅局,\n"
        + "37,,2023-12-31,,DONE,100,,县自然资源局,\n");
    assertThat(ledger.reports()).hasSize(5);
    assertThat(ledger.reports().get(1).value()).contains(new BigDecimal("-2.5"));
    assertThat(ledger.reports().get(2).value()).contains(new BigDecimal("-0.8"));
  }

  @Test
  void theSameFileReadsWithoutABook() throws IOException {
    String rows = GOOD_ROW + "999,1,2022-12-31,-6.5,,,,县财政局,\n";
    assertThat(LedgerReader.read(new StringReader(HEADER + rows), LedgerFormat.CSV, "l.csv").reports()).hasSize(2);
    assertThatThrownBy(() -> read(rows)).hasMessageStartingWith("l.csv:3:1: 任务 \"999\" 不在任务清单中");
  }

  @Test
  void jsonReportsAreCitedAtTheOffendingProperty() {
    String json = """
        {"reports":[
        {"task":"5","target":2,"asOf":"2023-03-31","value":1.2},
        {"task":"5",
         "target":7,
         "asOf":"2023-06-30","value":2.0}
        ]}
        """;
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "l.json", BOOK))
        .hasMessage("l.json:4:11: 任务 \"5\" 没有目标 \"7\": 应为目标序号 1..3");
  }

  @Test
  void inMemoryLedgersAreCitedByReportPosition() {
    ProgressReport good = report("1", OptionalInt.of(1), "13.2");
    ProgressReport bad = report("5", OptionalInt.empty(), "1.0");
    LedgerCheck.against(BOOK, ProgressLedger.of(List.of(good, good)), "sim.csv");
    assertThatThrownBy(() -> LedgerCheck.against(BOOK, ProgressLedger.of(List.of(good, good, bad)), "sim.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage("sim.csv:3:0: target 为空, 但任务 \"5\" 有 3 个量化目标: 应为目标序号 1..3");
  }

  private static ProgressReport report(String task, OptionalInt target, String value) {
    return new ProgressReport(task, target, LocalDate.of(2023, 5, 31), Optional.of(new BigDecimal(value)),
        Optional.empty(), Optional.empty(), "", "县发改局", Optional.empty());
  }
}
