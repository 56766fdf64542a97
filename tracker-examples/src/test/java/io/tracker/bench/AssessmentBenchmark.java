package io.tracker.bench;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.ReferenceScorer;
import io.tracker.rules.RuleLimits;
import io.tracker.rules.ScoringPolicy;
import io.tracker.simulate.BookGenerator;
import io.tracker.task.TaskBook;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment of a generated book (the book {@code ./tracker bench} times): the Drools rules against
 * the plain-Java reference scorer, at the sizes and as-of dates of issue 11. Tasks per second are
 * {@code tasks} divided by the score (seconds per assessment).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class AssessmentBenchmark {
  @Param({"1000", "10000"})
  int tasks;

  @Param({"2023-06-30", "2023-12-31"})
  String asOf;

  private TaskBook book;
  private ProgressLedger ledger;
  private LocalDate date;
  private Assessor assessor;

  @Setup(Level.Trial)
  public void generate() {
    BookGenerator generator = BookGenerator.of(tasks, 1);
    book = generator.book();
    ledger = ProgressLedger.of(generator.reports(book));
    date = LocalDate.parse(asOf);
    assessor = Assessor.withDefaultRules(RuleLimits.defaults().withTimeBudget(Duration.ofHours(1)));
    if (!ReferenceScorer.comparable(drools()).equals(ReferenceScorer.comparable(reference()))) {
      throw new IllegalStateException("Drools and plain-Java results differ at " + tasks + " tasks as of " + asOf);
    }
  }

  @Benchmark
  public Assessment drools() {
    return assessor.assess(book, ledger, date);
  }

  @Benchmark
  public Assessment reference() {
    return new ReferenceScorer(book, ledger, ScoringPolicy.defaults()).assess(date);
  }
}
