package io.tracker.examples;

import io.tracker.imports.ImportResult;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.Light;
import io.tracker.rules.TaskResult;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Embedding example (a), the lines shown in the README: import the published list (printing what the
 * importer was unsure of), read the progress
 * ledger, assess at a date with the default rules and print every task that is not green with the
 * flag that explains its light.
 *
 * <p>Run from the repository root:
 * {@code java -cp "tracker-examples/target/classes:tracker-examples/target/lib/*" io.tracker.examples.AssessTheSeed}.
 */
public final class AssessTheSeed {
  private AssessTheSeed() {}

  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "."), System.out);
  }

  /** Assesses the seed under {@code home} and prints its tasks that are not green to {@code out}. */
  static Assessment run(Path home, PrintStream out) throws IOException {
    ImportResult imported = TaskBookReader.read(home.resolve("seeds/000_961a157e1ab25069.txt"));
    imported.warnings().forEach(System.err::println);  // FILE:LINE:COLUMN: 警告: … what to check by hand
    TaskBook book = imported.book();                   // imported.strictBook() refuses a book with warnings
    ProgressLedger ledger = LedgerReader.read(home.resolve("seeds/simulated-ledger-2023-06-30.csv"), book);
    Assessor assessor = Assessor.withDefaultRules();   // compile once and share: thread-safe
    Assessment assessment = assessor.assess(book, ledger, LocalDate.of(2023, 6, 30));
    for (TaskResult task : assessment.tasks()) {
      if (task.light() != Light.GREEN) {
        out.println(task.id() + " " + task.light() + " " + task.score() + " " + task.flags().get(0).message());
      }
    }
    return assessment;
  }
}
