package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tracker.InputException;
import io.tracker.ledger.LedgerCheck;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link LiveAssessment} on generated books ({@link RandomCase}): started on a random prefix of the
 * ledger, it is given the rest report by report (new reports, corrections of dates already judged,
 * milestones, reports the ledger check refuses); after each, what {@code apply} returns and the whole
 * {@code assessment()} equal a full assessment of the ledger so far.
 */
class LiveAssessmentPropertiesTest {
  @Test
  void everyAppliedReportGivesWhatAFullAssessmentGives() {
    AtomicInteger applied = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withFixedSeed(7L)
        .withExamples(100)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(seed -> {
          RandomCase c = RandomCase.of(seed);
          Random random = new Random(seed ^ 0x11fe);
          List<ProgressReport> reports = c.ledger().reports();
          int start = Math.max(0, reports.size() - 1 - random.nextInt(8));
          List<ProgressReport> ledger = new ArrayList<>(reports.subList(0, start));
          Assessor assessor = DefaultRules.assessor();
          LiveAssessment live = LiveAssessment.start(assessor, c.book(), ProgressLedger.of(ledger), c.asOf(), c.policy());
          for (ProgressReport generated : reports.subList(start, reports.size())) {
            // Now and then a report that does not fit the book: it must be refused and change nothing.
            ProgressReport report = random.nextInt(6) > 0 ? generated : unfit(generated, random);
            if (refusedByTheLedgerCheck(c, report)) {
              assertThatThrownBy(() -> live.apply(report)).as(c + " " + report).isInstanceOf(InputException.class);
              refused.incrementAndGet();
              continue;
            }
            LiveAssessment.Change change = live.apply(report);
            ledger.add(report);
            applied.incrementAndGet();
            Assessment full = assessor.assess(c.book(), ProgressLedger.of(ledger), c.asOf(), c.policy());
            assertThat(live.assessment()).as(c + " after " + report).isEqualTo(full);
            assertThat(change.task()).isEqualTo(full.tasks().stream().filter(t -> t.id().equals(report.taskId()))
                .findFirst().orElseThrow());
            assertThat(full.units()).containsAll(change.units());
            assertThat(full.leaders()).containsAll(change.leaders());
            assertThat(change.total()).isEqualTo(full.total());
          }
        });
    assertThat(applied.get()).as("reports applied").isGreaterThan(250);
    assertThat(refused.get()).as("reports refused").isGreaterThan(2);
  }

  /** {@code report} dated in the next year, or for a task the book does not have. */
  private static ProgressReport unfit(ProgressReport report, Random random) {
    return random.nextBoolean()
        ? new ProgressReport(report.taskId(), report.target(), report.asOf().plusYears(1), report.value(),
            report.status(), report.percent(), report.note(), report.problems(), report.nextSteps(), report.reporter(),
            report.reportedAt(), report.milestone())
        : new ProgressReport("999", report.target(), report.asOf(), report.value(), report.status(), report.percent(),
            report.note(), report.problems(), report.nextSteps(), report.reporter(), report.reportedAt(),
            report.milestone());
  }

  private static boolean refusedByTheLedgerCheck(RandomCase c, ProgressReport report) {
    try {
      LedgerCheck.against(c.book(), ProgressLedger.of(List.of(report)), "<input>");
      return false;
    } catch (InputException e) {
      return true;
    }
  }
}
