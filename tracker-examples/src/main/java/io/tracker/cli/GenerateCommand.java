package io.tracker.cli;

import io.tracker.json.TrackerJson;
import io.tracker.ledger.LedgerWriter;
import io.tracker.ledger.ProgressLedger;
import io.tracker.simulate.BookGenerator;
import io.tracker.task.TaskBook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracker generate --tasks N [--seed S] --out DIR}: writes a generated task book of N tasks and
 * {@code DIR/ledger.csv}, a year of monthly reports for it ({@link BookGenerator}). The book is
 * {@code DIR/book.csv} up to {@value BookGenerator#MAX_CSV_TASKS} tasks (the importer reads 序号 of at
 * most three digits), else tracker's JSON {@code DIR/book.json}; both import as the same tasks.
 * Deterministic: the same N and seed give the same bytes.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a generated task book (book.csv) of N tasks and a year of monthly reports (ledger.csv) for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--tasks", required = true, paramLabel = "N", description = "Number of tasks (1 to 10,000,000).")
  private int tasks;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed; the same seed gives the same files (default 1).")
  private long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write book.csv and ledger.csv into.")
  private Path out;

  @Override
  public Integer call() {
    if (tasks < 1 || tasks > 10_000_000) {
      throw new ParameterException(spec.commandLine(), "--tasks " + tasks + ": 应为 1 到 10000000 之间的任务数");
    }
    Path dir = OutputPath.directory(out, true);
    BookGenerator generator = BookGenerator.of(tasks, seed);
    TaskBook book = generator.book();
    boolean csv = tasks <= BookGenerator.MAX_CSV_TASKS;
    Path bookFile = dir.resolve(csv ? "book.csv" : "book.json");
    Path ledgerFile = dir.resolve("ledger.csv");
    ProgressLedger ledger = ProgressLedger.of(generator.reports(book));
    OutputPath.writeInto(dir, () -> {
      OutputPath.write(bookFile, csv ? generator::writeCsv : writer -> TrackerJson.mapper().writeValue(writer, book));
      OutputPath.write(ledgerFile, writer -> LedgerWriter.writeCsv(ledger, writer));
    });
    spec.commandLine().getOut().printf("%s: %d 项任务; %s: %d 条报送%n", bookFile, book.tasks().size(), ledgerFile,
        ledger.reports().size());
    return 0;
  }
}
