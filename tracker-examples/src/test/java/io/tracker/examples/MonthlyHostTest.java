package io.tracker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.LiveAssessment;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's monthly host on the seed and its simulated ledger. */
class MonthlyHostTest {
  @TempDir Path dir;

  @Test
  void eachMonthGivenTheStoredOneEqualsAFullAssessmentAndAReportRelightsAsAFullOneWould() throws Exception {
    TaskBook book = TaskBookReader.read(Path.of("../seeds/000_961a157e1ab25069.txt")).strictBook();
    ProgressLedger ledger = LedgerReader.read(Path.of("../seeds/simulated-ledger-2023-06-30.csv"), book);
    Assessor assessor = Assessor.withDefaultRules();
    Path last = dir.resolve("last.json");
    LocalDate may = LocalDate.of(2023, 5, 31);
    LocalDate june = LocalDate.of(2023, 6, 30);

    assertThat(MonthlyHost.assessMonth(assessor, book, ledger, may, last)).isEqualTo(assessor.assess(book, ledger, may));
    assertThat(Files.exists(last)).isTrue();
    assertThat(MonthlyHost.assessMonth(assessor, book, ledger, june, last)).isEqualTo(assessor.assess(book, ledger, june));

    LiveAssessment live = LiveAssessment.start(assessor, book, ledger, june);
    String task = book.tasks().stream().filter(t -> !t.targets().isEmpty()).findFirst().orElseThrow().id();
    ProgressReport report = ProgressReport.value(task, 1, june, BigDecimal.ZERO, "县财政局");
    LiveAssessment.Change change = MonthlyHost.relight(live, report);
    List<ProgressReport> all = new ArrayList<>(ledger.reports());
    all.add(report);
    Assessment full = assessor.assess(book, ProgressLedger.of(all), june);
    assertThat(change.task()).isEqualTo(full.tasks().stream().filter(t -> t.id().equals(task)).findFirst().orElseThrow());
    assertThat(full.units()).containsAll(change.units());
    assertThat(full.leaders()).containsAll(change.leaders());
    assertThat(change.total()).isEqualTo(full.total());
    assertThat(live.assessment()).isEqualTo(full);
  }
}
