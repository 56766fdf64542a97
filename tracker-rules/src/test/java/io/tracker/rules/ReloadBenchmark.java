package io.tracker.rules;

import io.tracker.rules.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures heap and loaded classes over 100 hot reloads (not a test: run by hand, figures go to
 * BENCHMARKS.md). Alternates between two rule sets so every reload compiles anew.
 * {@code java -cp … io.tracker.rules.ReloadBenchmark [reloads]}
 */
final class ReloadBenchmark {
  private ReloadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int reloads = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Path lag = ExampleScenariosTest.examples().resolve("lag-thresholds");
    RuleSet a = RuleSet.analystDefaults();
    RuleSet b = RuleSet.forDirectory(lag);
    Scenario s = Scenario.read(lag.resolve("scenario-阈值.json"));
    ReloadableAssessor assessor = ReloadableAssessor.of(a);
    System.out.println("| reloads | heap used after GC (MB) | loaded classes | classes unloaded | s per reload |");
    System.out.println("|---:|---:|---:|---:|---:|");
    long start = System.nanoTime();
    for (int i = 0; i <= reloads; i++) {
      if (i > 0) {
        assessor.reload(i % 2 == 0 ? a : b);
        assessor.assess(s.book(), s.ledger(), s.asOf());
      }
      if (i == 0 || i == 1 || i == 10 || i % 25 == 0) {
        for (int g = 0; g < 3; g++) {
          System.gc();
          Thread.sleep(100);
        }
        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var classes = ManagementFactory.getClassLoadingMXBean();
        System.out.printf(Locale.ROOT, "| %d | %.1f | %d | %d | %.2f |%n", i, memory.getUsed() / 1048576.0,
            classes.getLoadedClassCount(), classes.getUnloadedClassCount(),
            i == 0 ? 0.0 : (System.nanoTime() - start) / 1e9 / i);
      }
    }
  }
}
