package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.task.TaskBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eight threads assess the seed county at once, on one {@link Assessor} and on a
 * {@link ReloadableAssessor} whose rules are reloaded meanwhile: every result equals, whole, the
 * result of one of the rule versions computed alone.
 */
class ConcurrentAssessmentTest {
  static final int THREADS = 8;
  static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  static final RuleSet V1 = RuleSet.defaults();
  static final RuleSet V2 = RuleSet.analystDefaults().extendedBy(RuleSet.forDirectory(ReloadableAssessorTest.LAG));

  static TaskBook book;
  static ProgressLedger ledger;
  static Assessor v1;
  static Assessment expectedV1;
  static Assessment expectedV2;
  static ExecutorService pool;

  @BeforeAll
  static void assessEachVersionAlone() throws Exception {
    book = TaskBookReader.read(Path.of("../seeds/000_961a157e1ab25069.txt")).book();
    ledger = LedgerReader.read(Path.of("../seeds/simulated-ledger-2023-06-30.csv"), book);
    v1 = Assessor.withDefaultRules(); // the precompiled model of V1: the path hosts start with
    expectedV1 = v1.assess(book, ledger, AS_OF);
    expectedV2 = Assessor.withRules(V2).assess(book, ledger, AS_OF);
    assertThat(expectedV2).isNotEqualTo(expectedV1);
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopThePool() {
    pool.shutdownNow();
  }

  @Test
  void eightThreadsOnOneAssessorAllGetTheSameAssessment() throws Exception {
    for (Assessment a : runTogether(() -> v1.assess(book, ledger, AS_OF), 3, () -> { })) {
      assertThat(a).isEqualTo(expectedV1);
    }
  }

  @Test
  void eightThreadsDuringReloadsEachGetTheAssessmentOfOneVersion() throws Exception {
    ReloadableAssessor reloadable = ReloadableAssessor.of(V1);
    List<Assessment> results = runTogether(() -> reloadable.assess(book, ledger, AS_OF), 4, () -> {
      reloadable.reload(V2);
      reloadable.reload(V1);
    });
    for (Assessment a : results) {
      assertThat(a).satisfiesAnyOf(x -> assertThat(x).isEqualTo(expectedV1), x -> assertThat(x).isEqualTo(expectedV2));
    }
    assertThat(reloadable.current().version()).isEqualTo(3);
    assertThat(reloadable.assess(book, ledger, AS_OF)).isEqualTo(expectedV1);
  }

  /**
   * Starts {@value #THREADS} threads together, each assessing at least {@code rounds} times and on
   * until {@code meanwhile} (run on this thread) is done; returns every assessment.
   */
  private static List<Assessment> runTogether(Callable<Assessment> assess, int rounds, Runnable meanwhile) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean done = new AtomicBoolean();
    List<Future<List<Assessment>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        List<Assessment> mine = new ArrayList<>();
        for (int i = 0; i < rounds || !done.get(); i++) {
          mine.add(assess.call());
        }
        return mine;
      }));
    }
    start.countDown();
    try {
      meanwhile.run();
    } finally {
      done.set(true);
    }
    List<Assessment> all = new ArrayList<>();
    for (Future<List<Assessment>> f : futures) {
      all.addAll(f.get(10, TimeUnit.MINUTES));
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(THREADS * rounds);
    return all;
  }
}
