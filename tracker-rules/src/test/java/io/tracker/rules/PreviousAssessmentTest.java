package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.task.TaskBook;
import io.tracker.InputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-picked cases of {@code Assessor.assess(book, ledger, asOf, previous)}. */
class PreviousAssessmentTest {
  private final Assessor assessor = DefaultRules.assessor();
  private final TaskBook book = book(task5());
  /** Nothing issued by February: yellow then, red at the end of April, caught up by the end of June. */
  private final ProgressLedger ledger = ledger(
      value("5", 1, "2023-02-28", "0"), value("5", 2, "2023-02-28", "0"), value("5", 3, "2023-02-28", "0"),
      value("5", 1, "2023-05-31", "15"), value("5", 2, "2023-05-31", "2.5"), value("5", 3, "2023-05-31", "0.6"),
      value("5", 1, "2023-06-30", "20"), value("5", 2, "2023-06-30", "3.0"), value("5", 3, "2023-06-30", "0.6"));

  @Test
  void theLightRecordHoldsEveryEarlierMonthEndAndSurvivesJson() {
    Assessment june = assessor.assess(book, ledger, date("2023-06-30"));

    assertThat(june.history().monthEnds()).extracting(LightRecord.MonthEnd::date).containsExactly(
        date("2023-01-31"), date("2023-02-28"), date("2023-03-31"), date("2023-04-30"), date("2023-05-31"));
    assertThat(june.history().at(date("2023-01-31")).orElseThrow().lights()).isEqualTo("-"); // nothing reported yet
    assertThat(june.history().at(date("2023-04-30")).orElseThrow().light(0)).contains(Light.RED);
    assertThat(PreviousAssessmentPropertiesTest.roundTrip(june)).isEqualTo(june);
    assertThat(june.tasks().get(0).flags()).extracting(RiskFlag::code).contains("CAUGHT_UP");
  }

  @Test
  void theMonthEndsOfThePreviousAssessmentAreTakenNotJudgedAgain() {
    Assessment may = assessor.assess(book, ledger, date("2023-05-31"));
    // A record whose April was green: if taken, June no longer remembers the red of April.
    Assessment forged = withLight(may, "2023-04-30", 'G');

    Assessment june = assessor.assess(book, ledger, date("2023-06-30"), forged);

    assertThat(june.tasks().get(0).flags()).extracting(RiskFlag::code).doesNotContain("CAUGHT_UP");
    assertThat(assessor.assess(book, ledger, date("2023-06-30"), may))
        .isEqualTo(assessor.assess(book, ledger, date("2023-06-30")));
  }

  @Test
  void aCorrectionRecordedLaterForAnEarlierMonthMakesThatMonthEndJudgedAgain() {
    Assessment may = assessor.assess(book, ledger, date("2023-05-31"));
    Assessment forged = withLight(may, "2023-04-30", 'G');
    // Recorded after the May assessment: a correction of a February figure (the same zero re-sent).
    List<ProgressReport> corrected = new ArrayList<>(ledger.reports());
    corrected.add(value("5", 2, "2023-02-28", "0.0"));
    ProgressLedger now = ProgressLedger.of(corrected);

    Assessment june = assessor.assess(book, now, date("2023-06-30"), forged);

    assertThat(june).isEqualTo(assessor.assess(book, now, date("2023-06-30")));
    assertThat(june.tasks().get(0).flags()).extracting(RiskFlag::code).contains("CAUGHT_UP");
  }

  @Test
  void aPreviousAssessmentThatDoesNotFitIsRefusedInChinese() {
    Assessment may = assessor.assess(book, ledger, date("2023-05-31"));
    Assessment july = assessor.assess(book, ledger, date("2023-07-31"));
    assertThatThrownBy(() -> assessor.assess(book, ledger, date("2023-06-30"), july))
        .isInstanceOf(InputException.class)
        .hasMessage("previous:0:0: 上一期评估 (截至 2023-07-31) 晚于本期截至日期 2023-06-30: 应传入本期之前的评估");
    TaskBook other = book(task5(), task("6", target("新建公路", io.tracker.target.TargetKind.AMOUNT,
        io.tracker.target.Bound.AT_LEAST, "10", GE)));
    assertThatThrownBy(() -> assessor.assess(other, ledger, date("2023-06-30"), may))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("previous:0:0: 上一期评估 (截至 2023-05-31) 不是在同一任务清单、规则和计分办法下作出的");
    assertThatThrownBy(() -> assessor.assess(book, ledger, date("2023-06-30"),
        ScoringPolicy.defaults().withCap(new java.math.BigDecimal("1.2")), List.of(), may))
        .hasMessageStartingWith("previous:0:0: 上一期评估 (截至 2023-05-31) 不是在同一任务清单、规则和计分办法下作出的");
    Assessment withoutRecord = new Assessment(may.asOf(), may.tasks(), may.units(), may.leaders(), may.total());
    assertThatThrownBy(() -> assessor.assess(book, ledger, date("2023-06-30"), withoutRecord))
        .hasMessage("previous:0:0: 上一期评估 (截至 2023-05-31) 没有亮灯记录 (history): 应传入由 Assessor 评估并连同亮灯记录保存的评估");
    Assessment lastYear = new Assessment(date("2022-12-31"), may.tasks(), may.units(), may.leaders(), may.total(),
        List.of(), may.history());
    assertThatThrownBy(() -> assessor.assess(book, ledger, date("2023-06-30"), lastYear))
        .hasMessage("previous:0:0: 上一期评估 (截至 2022-12-31) 不在任务清单的年度 2023 内: 亮灯记录只在同一年度内沿用");
  }

  /** {@code assessment} with the light of its only task at {@code monthEnd} replaced by {@code letter}. */
  private static Assessment withLight(Assessment assessment, String monthEnd, char letter) {
    List<LightRecord.MonthEnd> monthEnds = assessment.history().monthEnds().stream()
        .map(m -> m.date().equals(date(monthEnd)) ? new LightRecord.MonthEnd(m.date(), m.ledger(), String.valueOf(letter)) : m)
        .toList();
    return new Assessment(assessment.asOf(), assessment.tasks(), assessment.units(), assessment.leaders(),
        assessment.total(), assessment.tallies(), new LightRecord(assessment.history().basis(), monthEnds));
  }
}
