package io.tracker.examples;

import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessor;
import io.tracker.rules.RuleSet;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Not a test: times the seed itself (107 tasks, the simulated ledgers in seeds/) in a fresh JVM —
 * default rules ready, first assessment, warm assessments. Run from the repository root (see
 * BENCHMARKS.md); {@code compile} as argument compiles the default rules at run time instead of
 * loading the precompiled model.
 */
public final class SeedBenchmark {
  private static final int WARM_UP = 150;
  private static final int MEASURED = 31;

  private SeedBenchmark() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    Assessor assessor = args.length > 0 && args[0].equals("compile")
        ? Assessor.withRules(RuleSet.defaults()) : Assessor.withDefaultRules();
    long ready = System.nanoTime();
    TaskBook book = TaskBookReader.read(Path.of("seeds/000_961a157e1ab25069.txt")).book();
    ProgressLedger june = LedgerReader.read(Path.of("seeds/simulated-ledger-2023-06-30.csv"), book);
    ProgressLedger december = LedgerReader.read(Path.of("seeds/simulated-ledger-2023-12-15.csv"), book);
    long read = System.nanoTime();
    assessor.assess(book, june, LocalDate.of(2023, 6, 30));
    long first = System.nanoTime();
    System.out.printf("default rules ready %.0f ms; seed and ledgers read %.0f ms; first assessment %.0f ms%n",
        (ready - start) / 1e6, (read - ready) / 1e6, (first - read) / 1e6);
    System.out.printf("warm assessment as of 2023-06-30: median %.1f ms%n", warmMedianMillis(assessor, book, june,
        LocalDate.of(2023, 6, 30)));
    System.out.printf("warm assessment as of 2023-12-15: median %.1f ms%n", warmMedianMillis(assessor, book, december,
        LocalDate.of(2023, 12, 15)));
  }

  private static double warmMedianMillis(Assessor assessor, TaskBook book, ProgressLedger ledger, LocalDate asOf) {
    for (int i = 0; i < WARM_UP; i++) {
      assessor.assess(book, ledger, asOf);
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      assessor.assess(book, ledger, asOf);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[MEASURED / 2] / 1e6;
  }
}
