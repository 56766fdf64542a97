package io.tracker.cli;

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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracker simulate --book FILE --as-of DATE --seed N [--out FILE]}: writes a deterministic,
 * plausible progress ledger in CSV form for a task book (see {@link LedgerSimulator}).
 *
 * <p>Exit status 0 on success, 2 for bad input (the one-line {@code FILE:LINE:COLUMN: problem} on
 * standard error) or bad options.
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

  @Option(names = "--book", required = true, paramLabel = "FILE", description = "The task book (任务分解一览表) file.")
  private Path book;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "Report every month end up to this date, e.g. 2023-06-30.")
  private LocalDate asOf;

  @Option(names = "--year", paramLabel = "N",
      description = "The book's work year, for a CSV list that prints none (see import --year).")
  private Integer year;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "Seed; the same seed gives the same ledger.")
  private long seed;

  @Option(names = "--out", paramLabel = "FILE", description = "CSV file to write; standard output when left out.")
  private Path out;

  /** The command reading books with the importer. */
  public SimulateCommand() {
    this(TaskBookReader::read);
  }

  SimulateCommand(BookSource books) {
    this.books = requireNonNull(books, "books");
  }

  @Override
  public Integer call() throws IOException {
    TaskBook taskBook;
    try {
      taskBook = ImportCommand.book(books.read(book, ImportCommand.importOptions(null, year)),
          spec.commandLine().getErr());
    } catch (InputException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } catch (IOException e) {
      spec.commandLine().getErr().println(book + ":0:0: cannot read the task book: " + e);
      return 2;
    }
    if (asOf.getYear() < taskBook.year()) {
      spec.commandLine().getErr().println("--as-of " + asOf + " lies before the book's year " + taskBook.year()
          + ": expected a date in " + taskBook.year());
      return 2;
    }
    ProgressLedger ledger = LedgerSimulator.simulate(taskBook, asOf, seed);
    if (out == null) {
      LedgerWriter.writeCsv(ledger, spec.commandLine().getOut());
    } else {
      LedgerWriter.writeCsv(ledger, out);
    }
    return 0;
  }
}
