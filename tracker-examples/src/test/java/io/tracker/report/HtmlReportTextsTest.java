package io.tracker.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task detail of the HTML report shows what the units wrote in the reports assessed. */
class HtmlReportTextsTest {
  @TempDir Path dir;

  @Test
  void showsProgressProblemsAndNextStepsOfTheReportsAssessed() throws Exception {
    LocalDate june = LedgerFixture.AS_OF;
    ProgressLedger ledger = ProgressLedger.of(List.of(
        ProgressReport.value("5", 2, june.minusMonths(1), new BigDecimal("0.5"), "县发改局").withNote("旧的说明"),
        ProgressReport.value("5", 2, june, new BigDecimal("0.9"), "县发改局").withNote("已发行0.9亿元")
            .withProblems("额度下达晚 <b>急</b>").withNextSteps("7月发行余额"),
        ProgressReport.status("29", june, Status.IN_PROGRESS, "县文旅局").withProblems("资金未到位"),
        ProgressReport.value("1", 1, june.plusDays(1), new BigDecimal("9"), "县财政局").withNote("评估日之后的报送")));
    Path page = HtmlReport.write(LedgerFixture.book(), LedgerFixture.assessment(), ledger, dir);
    var dom = Jsoup.parse(Files.readString(page, UTF_8));
    Element task5 = dom.selectFirst("tr.task[data-id=5] td.text dl.reported");
    assertThat(task5.select("dt").eachText()).containsExactly("目标2 进展情况", "目标2 存在问题", "目标2 下一步措施");
    assertThat(task5.select("dd").eachText()).containsExactly("已发行0.9亿元", "额度下达晚 <b>急</b>", "7月发行余额");
    assertThat(dom.select("tr.task[data-id=29] td.text dl.reported dt").eachText()).containsExactly("存在问题");
    assertThat(dom.select("tr.task[data-id=1] dl.reported")).as("a report after the as-of date").isEmpty();
    assertThat(dom.select("tr.task[data-id=5] dl.reported")).hasSize(1);
    assertThat(dom.select("tr.task[data-id=5] td.text b")).as("texts are escaped").isEmpty();
  }
}
