package io.tracker.cli;

import com.sun.management.OperatingSystemMXBean;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.LiveAssessment;
import io.tracker.rules.ReferenceScorer;
import io.tracker.rules.RuleLimits;
import io.tracker.rules.ScoringPolicy;
import io.tracker.simulate.BookGenerator;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracker bench [--tasks N] [--quick] [--as-of DATE]}: in one process, per size, generates a
 * book and a year of reports ({@link BookGenerator}), checks that the Drools rules
 * ({@link Assessor#withDefaultRules()}) and the plain-Java {@link ReferenceScorer} give the same
 * results, then times both — warm-up runs, then the median wall time of several, with each run's wall
 * and process CPU time (the comparable figure on a machine shared with other work) — and prints
 * {@code drools: N tasks/s}, {@code reference: N tasks/s}, {@code ratio drools/reference: X.XX},
 * {@code drools with previous: N tasks/s} (the assessment given the previous month end's, which must
 * equal the full one), {@code incremental p99: X ms} ({@link LiveAssessment#apply}, whose result must
 * equal a full assessment too) and {@code peak heap: N MB} (the sum of the JVM's heap pools' peaks
 * since the size started, an upper bound). The rules run with a time budget of an hour instead of the default minute. A benchmark, not a
 * test: figures depend on the machine and its load; BENCHMARKS.md records them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Times the Drools rules against plain Java on generated books (1,000, 10,000 and 100,000 tasks).")
public final class BenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--tasks", paramLabel = "N", description = "One size only, instead of 1,000, 10,000 and 100,000 tasks.")
  private Integer tasks;

  @Option(names = "--quick", description = "Sizes 1,000 and 10,000, one warm-up and three timed runs.")
  private boolean quick;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs per size (default 5, 3 with --quick), after one or two warm-up runs.")
  private Integer runsOption;

  @Option(names = "--as-of", defaultValue = "2023-06-30", paramLabel = "DATE", description = "As-of date (default 2023-06-30).")
  private LocalDate asOf;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Generator seed (default 1).")
  private long seed;

  @Override
  public Integer call() {
    if (tasks != null && tasks < 1) {
      throw new ParameterException(spec.commandLine(), "--tasks " + tasks + ": 应为正整数");
    }
    if (runsOption != null && runsOption < 1) {
      throw new ParameterException(spec.commandLine(), "--runs " + runsOption + ": 应为正整数");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Integer> sizes = tasks != null ? List.of(tasks) : quick ? List.of(1_000, 10_000) : List.of(1_000, 10_000, 100_000);
    int warmUps = quick ? 1 : 2;
    int runs = runsOption != null ? runsOption : quick ? 3 : 5;
    long start = System.nanoTime();
    Assessor assessor = Assessor.withDefaultRules(RuleLimits.defaults().withTimeBudget(Duration.ofHours(1)));
    out.printf("rules ready: %d ms; %d cores, max heap %d MB; as of %s, %d warm-up + %d timed runs%n",
        (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, asOf, warmUps, runs);
    for (int size : sizes) {
      resetPeaks();
      BookGenerator generator = BookGenerator.of(size, seed);
      TaskBook book = generator.book();
      ProgressLedger ledger = ProgressLedger.of(generator.reports(book));
      out.printf("%n%,d tasks, %,d reports%n", size, ledger.reports().size());
      out.flush();
      Supplier<Assessment> drools = () -> assessor.assess(book, ledger, asOf);
      Supplier<Assessment> reference = () -> new ReferenceScorer(book, ledger, ScoringPolicy.defaults()).assess(asOf);
      Assessment a = drools.get();
      Assessment b = reference.get();
      if (!ReferenceScorer.comparable(a).equals(ReferenceScorer.comparable(b))) {
        throw new IllegalStateException("Drools and plain-Java results differ at " + size + " tasks");
      }
      out.println("results equal: yes");
      double[][] droolsSeconds = time(drools, warmUps, runs);
      double[][] referenceSeconds = time(reference, warmUps, runs);
      double droolsMedian = median(droolsSeconds[0]);
      double referenceMedian = median(referenceSeconds[0]);
      out.printf("drools: %,.0f tasks/s (median %.3f s; wall %s; process CPU %s)%n", size / droolsMedian, droolsMedian,
          spread(droolsSeconds[0]), spread(droolsSeconds[1]));
      out.printf("reference: %,.0f tasks/s (median %.3f s; wall %s; process CPU %s)%n", size / referenceMedian,
          referenceMedian, spread(referenceSeconds[0]), spread(referenceSeconds[1]));
      out.printf("ratio drools/reference: %.2f%n", droolsMedian / referenceMedian);
      previousMonthEnd(asOf).ifPresentOrElse(previousAsOf -> {
        Assessment previous = assessor.assess(book, ledger, previousAsOf);
        Supplier<Assessment> given = () -> assessor.assess(book, ledger, asOf, previous);
        if (!given.get().equals(a)) {
          throw new IllegalStateException("the assessment given the previous one differs at " + size + " tasks");
        }
        double[][] givenSeconds = time(given, warmUps, runs);
        double givenMedian = median(givenSeconds[0]);
        out.printf("drools with previous: %,.0f tasks/s (given the assessment as of %s: median %.3f s; wall %s;"
            + " process CPU %s; results equal)%n", size / givenMedian, previousAsOf, givenMedian, spread(givenSeconds[0]),
            spread(givenSeconds[1]));
      }, () -> out.println("drools with previous: 无上一期 (截至日期在1月)"));
      out.flush();
      incremental(out, assessor, book, ledger);
      out.printf("peak heap: %d MB%n", peakHeap() >> 20);
      out.flush();
    }
    return 0;
  }

  /**
   * Times {@value #APPLIED} random {@link LiveAssessment#apply} calls (after {@value #APPLIED_WARM_UP}
   * more to warm up): new reports of random tasks (a random target, a value from 0 to 130 % of it, or a
   * random status) dated on a random day from 1 January to the as-of date, so that the reported
   * task's light history is judged again from that date on. Then checks the whole live assessment
   * against a full assessment of the ledger and the applied reports.
   */
  private void incremental(PrintWriter out, Assessor assessor, TaskBook book, ProgressLedger ledger) {
    long startNanos = System.nanoTime();
    LiveAssessment live = LiveAssessment.start(assessor, book, ledger, asOf);
    double startSeconds = (System.nanoTime() - startNanos) / 1e9;
    Random random = new Random(seed);
    List<ProgressReport> applied = new ArrayList<>();
    long[] nanos = new long[APPLIED];
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = 0;
    for (int i = -APPLIED_WARM_UP; i < APPLIED; i++) {
      ProgressReport report = randomReport(random, book);
      if (i == 0) {
        cpu = os.getProcessCpuTime(); // ticks of 10 ms here: only the total over the timed calls means something
      }
      long t = System.nanoTime();
      live.apply(report);
      if (i >= 0) {
        nanos[i] = System.nanoTime() - t;
      }
      applied.add(report);
    }
    double cpuPerCall = (os.getProcessCpuTime() - cpu) / 1e6 / APPLIED;
    List<ProgressReport> all = new ArrayList<>(ledger.reports());
    all.addAll(applied);
    boolean equal = live.assessment().equals(assessor.assess(book, ProgressLedger.of(all), asOf));
    if (!equal) {
      throw new IllegalStateException("the live assessment differs from a full one after " + applied.size() + " reports");
    }
    Arrays.sort(nanos);
    out.printf("incremental p99: %.2f ms (%,d apply calls after %,d to warm up; p50 %.2f ms, max %.2f ms; process CPU"
        + " %.2f ms per call on average; started in %.3f s; results equal)%n", nanos[APPLIED * 99 / 100 - 1] / 1e6,
        APPLIED, APPLIED_WARM_UP, nanos[APPLIED / 2 - 1] / 1e6, nanos[APPLIED - 1] / 1e6, cpuPerCall, startSeconds);
  }

  private static final int APPLIED = 1_000;
  private static final int APPLIED_WARM_UP = 200;

  private ProgressReport randomReport(Random random, TaskBook book) {
    Task task = book.tasks().get(random.nextInt(book.tasks().size()));
    LocalDate yearStart = LocalDate.of(book.year(), 1, 1);
    LocalDate last = asOf.isAfter(yearStart.plusYears(1).minusDays(1)) ? yearStart.plusYears(1).minusDays(1) : asOf;
    LocalDate date = yearStart.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(yearStart, last) + 1)));
    if (task.targets().isEmpty()) {
      return ProgressReport.status(task.id(), date, Status.values()[random.nextInt(Status.values().length)], "基准测试");
    }
    int position = 1 + random.nextInt(task.targets().size());
    BigDecimal target = task.targets().get(position - 1).value().amount();
    BigDecimal value = target.multiply(BigDecimal.valueOf(random.nextInt(131), 2)).setScale(2, RoundingMode.HALF_UP);
    return ProgressReport.value(task.id(), position, date, value, "基准测试");
  }

  /** The last month end of the year before {@code asOf}, if {@code asOf} is after January. */
  private static Optional<LocalDate> previousMonthEnd(LocalDate asOf) {
    LocalDate monthEnd = YearMonth.from(asOf).minusMonths(1).atEndOfMonth();
    return monthEnd.getYear() == asOf.getYear() ? Optional.of(monthEnd) : Optional.empty();
  }

  /** Wall seconds and process CPU seconds (all threads, GC included) of each timed run. */
  private static double[][] time(Supplier<Assessment> work, int warmUps, int runs) {
    for (int i = 0; i < warmUps; i++) {
      work.get();
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[][] seconds = new double[2][runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      work.get();
      seconds[0][i] = (System.nanoTime() - t) / 1e9;
      seconds[1][i] = (os.getProcessCpuTime() - cpu) / 1e9;
    }
    return seconds;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static String spread(double[] seconds) {
    List<String> each = new ArrayList<>();
    for (double s : seconds) {
      each.add(String.format("%.3f", s));
    }
    return String.join(" ", each) + " s";
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
