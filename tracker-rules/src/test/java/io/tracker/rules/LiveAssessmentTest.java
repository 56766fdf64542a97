package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.target.Bound;
import io.tracker.target.TargetKind;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-picked cases of {@link LiveAssessment}. */
class LiveAssessmentTest {
  private final TaskBook book = book(task5(),
      task("6", Optional.of(deadline(NOV_END)), List.of(lead("县财政局")), List.of("王五"),
          target("新增高标准农田", TargetKind.AMOUNT, Bound.AT_LEAST, "2", WAN_MU)));
  private final ProgressLedger ledger = ledger(
      value("5", 1, "2023-02-28", "0"), value("5", 2, "2023-02-28", "0"), value("5", 3, "2023-02-28", "0"),
      value("5", 1, "2023-05-31", "15"), value("5", 2, "2023-05-31", "2.5"), value("5", 3, "2023-05-31", "0.6"),
      value("6", 1, "2023-05-31", "1.0"));

  @Test
  void aReportRelightsItsTaskItsUnitsAndLeadersAndTheTotal() {
    LiveAssessment live = LiveAssessment.start(DefaultRules.assessor(), book, ledger, date("2023-06-30"));
    Assessment before = live.assessment();

    LiveAssessment.Change change = live.apply(value("6", 1, "2023-06-30", "2.0"));

    Assessment after = DefaultRules.assessor().assess(book, withReports(ledger, value("6", 1, "2023-06-30", "2.0")),
        date("2023-06-30"));
    assertThat(change.task()).isEqualTo(after.tasks().get(1));
    assertThat(change.task().score()).isNotEqualTo(before.tasks().get(1).score());
    assertThat(change.units()).extracting(UnitResult::name).containsExactly("县财政局");
    assertThat(change.units()).containsExactlyElementsOf(after.units().stream()
        .filter(u -> u.name().equals("县财政局")).toList());
    assertThat(change.leaders()).containsExactlyElementsOf(after.leaders());
    assertThat(change.total()).isEqualTo(after.total()).isNotEqualTo(before.total());
    assertThat(live.assessment()).isEqualTo(after);
  }

  @Test
  void aCorrectionOfAnEarlierMonthRejudgesTheLightHistory() {
    LiveAssessment live = LiveAssessment.start(DefaultRules.assessor(), book, ledger, date("2023-06-30"));
    assertThat(live.assessment().history().at(date("2023-04-30")).orElseThrow().lights()).isEqualTo("R-");

    // March's figures were in fact on track: April is no longer red, so nothing is caught up in June.
    ProgressReport[] march = {value("5", 1, "2023-03-31", "10"), value("5", 2, "2023-03-31", "1.2"),
        value("5", 3, "2023-03-31", "0.3")};
    for (ProgressReport report : march) {
      live.apply(report);
    }

    Assessment full = DefaultRules.assessor().assess(book, withReports(ledger, march), date("2023-06-30"));
    assertThat(live.assessment()).isEqualTo(full);
    assertThat(full.history().at(date("2023-04-30")).orElseThrow().lights()).isNotEqualTo("R-");
  }

  @Test
  void aReportTheLedgerCheckRefusesIsAnInputExceptionAndChangesNothing() {
    LiveAssessment live = LiveAssessment.start(DefaultRules.assessor(), book, ledger, date("2023-06-30"));
    Assessment before = live.assessment();

    assertThatThrownBy(() -> live.apply(value("9", 1, "2023-06-30", "1")))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:0: 任务 \"9\" 不在任务清单中: 应为 \"5\" … \"6\" 之一");
    assertThatThrownBy(() -> live.apply(value("6", 2, "2023-06-30", "1")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("<input>:1:0: ");
    assertThatThrownBy(() -> live.apply(value("6", 1, "2024-01-31", "1")))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:0: 截至日期 \"2024-01-31\" 不在任务清单的年度 2023 内");
    assertThat(live.assessment()).isEqualTo(before);
  }

  @Test
  void analystsRulesThatMayJoinTasksAreAppliedByWholeAssessments() {
    Assessor analysts = Assessor.withRules(RuleSet.defaults());
    LiveAssessment live = LiveAssessment.start(analysts, book, ledger, date("2023-06-30"));

    LiveAssessment.Change change = live.apply(value("5", 2, "2023-06-30", "4.5"));

    Assessment full = analysts.assess(book, withReports(ledger, value("5", 2, "2023-06-30", "4.5")), date("2023-06-30"));
    assertThat(live.assessment()).isEqualTo(full);
    assertThat(change.task()).isEqualTo(full.tasks().get(0));
    assertThat(change.total()).isEqualTo(full.total());
  }

  private static ProgressLedger withReports(ProgressLedger ledger, ProgressReport... reports) {
    List<ProgressReport> all = new ArrayList<>(ledger.reports());
    all.addAll(List.of(reports));
    return ProgressLedger.of(all);
  }
}
