package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.imports.TaskBookReader;
import io.tracker.task.Deadline;
import io.tracker.task.TaskBook;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ledger's optional last column {@code milestone} and the deadlines that are milestones. */
class MilestoneLedgerTest {
  private static final TaskBook BOOK = TaskBookReader.read(new StringReader("""
      序号,任务,责任单位,完成时限,年度
      1,建设县城污水处理厂,县住建局,5月底前动工,2023
      2,完成投资10亿元,县发改局,6月底前开工,2023
      3,完善养老服务体系,县民政局,11月底,2023
      """), "tasks.csv").book();

  @Test
  void aDateWithAnActionIsAMilestoneAndTheTaskIsDueAtTheYearEnd() {
    Deadline dig = BOOK.task("1").orElseThrow().deadline().orElseThrow();
    assertThat(dig.isMilestone()).isTrue();
    assertThat(dig.completionDate()).isEmpty();
    assertThat(ExpectedProgress.deadline(BOOK.task("1").orElseThrow(), 2023)).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(ExpectedProgress.deadline(BOOK.task("3").orElseThrow(), 2023)).isEqualTo(LocalDate.of(2023, 11, 30));
    Deadline finish = new Deadline(Optional.of(LocalDate.of(2023, 6, 30)), "6月底前完成", Optional.of("完成"));
    assertThat(finish.isMilestone()).isFalse();
    assertThat(finish.completionDate()).contains(LocalDate.of(2023, 6, 30));
  }

  @Test
  void theColumnIsReadWrittenOnlyWhenUsedAndRoundTrips() throws Exception {
    ProgressLedger ledger = LedgerReader.read(new StringReader("""
        task,target,asOf,value,status,percent,note,reporter,milestone
        1,,2023-05-20,,IN_PROGRESS,30,已动工,县住建局,动工
        2,,2023-06-10,,,,,县发改局,开工
        2,1,2023-06-30,4,,,,县发改局,
        """), LedgerFormat.CSV, "l.csv", BOOK);
    assertThat(ledger.reports()).extracting(ProgressReport::milestone).containsExactly("动工", "开工", "");
    assertThat(ledger.reports().get(1).isMilestoneOnly()).isTrue();
    for (LedgerFormat format : LedgerFormat.values()) {
      StringWriter out = new StringWriter();
      if (format == LedgerFormat.CSV) {
        LedgerWriter.writeCsv(ledger, out);
      } else {
        LedgerWriter.writeJson(ledger, out);
      }
      assertThat(out.toString()).contains("milestone");
      assertThat(LedgerReader.read(new StringReader(out.toString()), format, "l", BOOK)).isEqualTo(ledger);
    }
    StringWriter without = new StringWriter();
    LedgerWriter.writeCsv(ProgressLedger.of(ledger.reports().subList(2, 3)), without);
    assertThat(without.toString()).doesNotContain("milestone");
  }

  @Test
  void aMilestoneTheDeadlineDoesNotNameIsBadInput() {
    assertThatThrownBy(() -> LedgerReader.read(new StringReader("""
        task,target,asOf,status,milestone
        1,,2023-05-20,IN_PROGRESS,开工
        """), LedgerFormat.CSV, "l.csv", BOOK)).isInstanceOf(InputException.class)
        .hasMessage("l.csv:2:27: 节点 \"开工\" 不是任务 \"1\" 的节点: 应为 \"动工\" (完成时限 \"5月底前动工\")");
    assertThatThrownBy(() -> LedgerReader.read(new StringReader("""
        task,target,asOf,status,milestone
        3,,2023-05-20,IN_PROGRESS,动工
        """), LedgerFormat.CSV, "l.csv", BOOK)).isInstanceOf(InputException.class)
        .hasMessage("l.csv:2:27: 任务 \"3\" 的完成时限没有节点, 但报送了节点 \"动工\": milestone 应留空");
  }
}
