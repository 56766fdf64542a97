package io.tracker.bench;

import io.tracker.Seeds;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed (西乡县 2023, 107 tasks, 90 targets): import with target extraction, and a warm assessment
 * against its simulated ledger of that date in {@code seeds/} (issue 11 keeps the one of 30 June ≤ 10 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SeedBenchmark {
  /** As-of date; the ledger is {@code seeds/simulated-ledger-<asOf>.csv}. */
  @Param({"2023-06-30", "2023-12-15"})
  String asOf;

  private Path seed;
  private TaskBook book;
  private ProgressLedger ledger;
  private Assessor assessor;

  @Setup
  public void read() throws IOException {
    seed = Seeds.path(Seeds.XIXIANG_2023);
    book = TaskBookReader.read(seed).strictBook();
    ledger = LedgerReader.read(Seeds.path("simulated-ledger-" + asOf + ".csv"), book);
    assessor = Assessor.withDefaultRules();
  }

  /** Reading the published text: finding the list, numbering, units, leaders, deadlines and targets. */
  @Benchmark
  public TaskBook importWithTargets() {
    return TaskBookReader.read(seed).strictBook();
  }

  @Benchmark
  public Assessment assess() {
    return assessor.assess(book, ledger, LocalDate.parse(asOf));
  }
}
