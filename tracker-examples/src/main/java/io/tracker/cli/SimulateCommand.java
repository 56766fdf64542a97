package io.tracker.cli;

import static io.tracker.InputException.quote;
import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.imports.ImportOptions;
import io.tracker.imports.ImportResult;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerWriter;
import io.tracker.ledger.ProgressLedger;
import io.tracker.simulate.LedgerSimulator;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracker simulate --book FILE --as-of DATE --seed N [--out FILE]}: writes a deterministic,
 * plausible progress ledger in CSV form for a task book (see {@link LedgerSimulator}).
 *
 * <p>Exit status 0 on success, 2 for bad input (the one-line {@code FILE:LINE:COLUMN: problem} on
 * standard error), bad options or an {@code --out} that cannot be written ({@link OutputPath}).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Writes a simulated progress ledger (CSV) for a task book: monthly reports up to the as-of date.")
public final class SimulateCommand implements Callable<Integer> {
  /** Reads a task book file with its warnings; the importer in production, a fixture in tests. */
  @FunctionalInterface
  interface BookSource {
    ImportResult read(Path file, ImportOptions options) throws IOException;
  }

  private final BookSource books;

  @Spec
  private CommandSpec spec;

  @Mixin private BookInput book = new BookInput();

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "Report every month end up to this date, e.g. 2023-06-30.")
  private LocalDate asOf;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "Seed; the same seed gives the same ledger.")
  private long seed;

  @Option(names = "--out", paramLabel = "FILE", description = "CSV file to write, whole or not at all; standard output when left out.")
  private Path out;

  /** The command reading books with the importer. */
  public SimulateCommand() {
    this(TaskBookReader::read);
  }

  SimulateCommand(BookSource books) {
    this.books = requireNonNull(books, "books");
  }

  @Override
  public Integer call() {
    Path outFile = out == null ? null : OutputPath.file(out);
    TaskBook taskBook;
    try {
      taskBook = ImportCommand.book(books.read(book.book, ImportCommand.importOptions(null, book.year)),
          spec.commandLine().getErr());
    } catch (IOException e) {
      throw new InputException(book.book.toString(), 0, 0, "无法读取任务清单: " + quote(String.valueOf(e.getMessage())), e);
    }
    if (asOf.getYear() < taskBook.year()) {
      throw new InputException("--as-of", 1, 1, "日期 \"" + asOf + "\" 早于任务清单的年度 " + taskBook.year()
          + ": 应为 " + taskBook.year() + " 年或以后的日期");
    }
    ProgressLedger ledger = LedgerSimulator.simulate(taskBook, asOf, seed);
    if (outFile == null) {
      try {
        LedgerWriter.writeCsv(ledger, spec.commandLine().getOut());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      OutputPath.write(outFile, writer -> LedgerWriter.writeCsv(ledger, writer));
    }
    return 0;
  }
}
