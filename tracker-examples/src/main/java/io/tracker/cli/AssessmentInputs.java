package io.tracker.cli;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.ledger.Benchmarks;
import io.tracker.ledger.LedgerStore;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.Ratings;
import io.tracker.rules.RuleSet;
import io.tracker.rules.ScoringPolicy;
import io.tracker.rules.fact.Rating;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options shared by the commands that assess a book ({@code score}, {@code report}): the task
 * book (and its work year when the book prints none), its ledger, the as-of date, an optional rule directory
 * and optional benchmarks for relative targets; and their loading, where every problem becomes one
 * {@link InputException} line.
 */
final class AssessmentInputs {
  @Option(names = "--book", paramLabel = "FILE",
      description = "The task book: the published text (.txt), CSV or JSON.")
  Path book;

  @Option(names = "--year", paramLabel = "N",
      description = "The book's work year (年度), for a CSV list that prints none, e.g. 2024.")
  Integer year;

  @Option(names = "--ledger", paramLabel = "FILE",
      description = "The progress ledger: a .csv or .json file, or a database (jdbc:h2:./ledger, jdbc:postgresql://…).")
  String ledger;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Assess as of this date, e.g. 2023-06-30.")
  LocalDate asOf;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "A rule directory extending or replacing parts of the default rules (see docs/rules.md).")
  Path rules;

  @Option(names = "--ratings", paramLabel = "FILE",
      description = "Outside ratings (评价表): CSV unit,task,source,score,asOf, e.g. 领导评价 and 社会评价 of units.")
  Path ratings;

  @Option(names = "--benchmarks", paramLabel = "FILE",
      description = "Benchmarks for relative targets (全省平均水平): a CSV file reference,asOf,value (see docs/indicators.md).")
  Path benchmarks;

  /** The seed task list (西乡县 2023), relative to the repository root. */
  static final Path SAMPLE_BOOK = Path.of("seeds", "000_961a157e1ab25069.txt");

  /** The ledger simulated for the seed at {@link #SAMPLE_AS_OF} ({@code ./tracker simulate … --seed 2023}). */
  static final Path SAMPLE_LEDGER = Path.of("seeds", "simulated-ledger-2023-06-30.csv");

  /** The as-of date of the sample ledger. */
  static final LocalDate SAMPLE_AS_OF = LocalDate.of(2023, 6, 30);

  /** What the options name, read and checked against each other. */
  record Loaded(TaskBook book, ProgressLedger ledger, LocalDate asOf, Assessor assessor, List<Rating> ratings) {

    /** Assesses the book under the default policy, with the ratings. */
    Assessment assess() {
      return assessor.assess(book, ledger, asOf, ScoringPolicy.defaults(), ratings);
    }

    /** As {@link #assess()}, taking the earlier month ends' lights from {@code previous}. */
    Assessment assess(Assessment previous) {
      return assessor.assess(book, ledger, asOf, ScoringPolicy.defaults(), ratings, previous);
    }
  }

  /** Whether none of --book, --ledger and --as-of was given. */
  boolean noneGiven() {
    return book == null && ledger == null && asOf == null;
  }

  /** Fills the inputs not given with the sample: the seed, its simulated ledger and as-of date. */
  void defaultToSample(Path home) {
    if (noneGiven()) {
      book = home.resolve(SAMPLE_BOOK);
      ledger = home.resolve(SAMPLE_LEDGER).toString();
      asOf = SAMPLE_AS_OF;
    }
  }

  Loaded load(Progress progress) {
    requireGiven("--book", book);
    requireGiven("--ledger", ledger);
    requireGiven("--as-of", asOf);
    TaskBook taskBook = progress.step("读取任务清单",
        () -> BookInput.read(book, year, progress.err()));
    taskBook.requireInYear(asOf, "--as-of");
    TaskBook assessed = benchmarks == null ? taskBook
        : progress.step("读取基准值", () -> withBenchmarks(taskBook, benchmarks, asOf, progress.err()));
    ProgressLedger progressLedger = progress.step("读取进度台账", () -> readLedger(ledger, assessed));
    List<Rating> ratingList = ratings == null ? List.of()
        : progress.step("读取评价表", () -> Ratings.read(ratings, assessed));
    Assessor assessor = progress.step("编译规则", () -> assessor(Optional.ofNullable(rules)));
    return new Loaded(assessed, progressLedger, asOf, assessor, ratingList);
  }

  /**
   * {@code book} with its relative targets given the benchmarks of {@code file} as of {@code asOf};
   * a benchmark no relative target refers to is a warning on {@code err}.
   */
  private static TaskBook withBenchmarks(TaskBook book, Path file, LocalDate asOf, PrintWriter err) {
    Benchmarks read;
    try {
      read = Benchmarks.read(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "无法读取基准值文件: " + quote(String.valueOf(e.getMessage())), e);
    }
    read.unused(book).forEach(err::println);
    err.flush();
    return read.resolve(book, asOf);
  }

  private static void requireGiven(String option, Object value) {
    if (value == null) {
      throw new InputException(option, 0, 0, "缺少选项 " + option
          + ": --book FILE、--ledger FILE、--as-of DATE 三者都给出, 或都不给 (用示例数据)");
    }
  }

  /**
   * The ledger at {@code location} (a file or a JDBC URL, see {@link LedgerStore#at}), checked
   * against {@code book}; a ledger that cannot be read is bad input too.
   */
  static ProgressLedger readLedger(String location, TaskBook book) {
    try {
      return LedgerStore.at(location).read(book);
    } catch (IOException e) {
      throw new InputException(location, 0, 0, "无法读取台账: " + quote(String.valueOf(e.getMessage())), e);
    }
  }

  /** The rules {@link #assessor} builds from {@code directory}, as a report names them: which, and their SHA-256. */
  static String rulesDescription(Optional<Path> directory) {
    RuleSet rules = directory.map(RuleSet::forDirectory).orElseGet(RuleSet::defaults);
    return directory.map(d -> "默认规则，由 " + d + " 扩展").orElse("默认规则") + "（SHA-256 " + rules.digest() + "）";
  }

  /** The default rules, or the defaults extended by the rule files in {@code directory}. */
  static Assessor assessor(Optional<Path> directory) {
    if (directory.isEmpty()) {
      return Assessor.withDefaultRules();
    }
    Path dir = directory.get();
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), 0, 0, quote(dir.toString()) + " 不是目录: 应为规则目录");
    }
    return Assessor.withRules(RuleSet.forDirectory(dir));
  }
}
