package io.tracker.bench;

import io.tracker.rules.Assessor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rules ready: the default rules loaded into an assessor in a fresh JVM (issue 11 keeps it ≤ 1 s). Each
 * fork measures its first load only, which is what a host starting up pays.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class RulesReadyBenchmark {
  @Benchmark
  public Assessor defaultRules() {
    return Assessor.withDefaultRules();
  }
}
