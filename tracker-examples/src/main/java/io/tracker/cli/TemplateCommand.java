package io.tracker.cli;

import io.tracker.forms.ReportFormWriter;
import io.tracker.ledger.ProgressLedger;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracker template --book FILE --as-of DATE [--ledger FILE] --out DIR}: writes the month's
 * report form (填报表) of every lead unit, {@code DIR/<unit>.xlsx} (see {@link ReportFormWriter}),
 * and prints the files written, one per line.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Writes a report form (填报表, .xlsx) for every lead unit of a task book.")
final class TemplateCommand implements Callable<Integer> {
  @Mixin private BookInput book = new BookInput();

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date the forms ask figures for.")
  private LocalDate asOf;

  @Option(names = "--ledger", paramLabel = "FILE",
      description = "The ledger so far (file or jdbc: URL), for the last figures reported (上期完成).")
  private String ledger;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the forms.")
  private Path out;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TaskBook taskBook = book.read(spec.commandLine().getErr());
    taskBook.requireInYear(asOf, "--as-of");
    ProgressLedger earlier = ledger == null ? ProgressLedger.of(List.of())
        : AssessmentInputs.readLedger(ledger, taskBook);
    List<Path> forms = ReportFormWriter.writeAll(taskBook, earlier, asOf, out);
    PrintWriter err = spec.commandLine().getErr();
    for (Task task : taskBook.tasks()) {
      if (task.responsibility().lead().isEmpty()) {
        err.println(book.book + ": 警告: 任务 " + task.id() + " 没有牵头单位，不在任何填报表中");
      }
    }
    forms.forEach(spec.commandLine().getOut()::println);
    err.println("已写入 " + forms.size() + " 份填报表（截至 " + asOf + "）到 " + out);
    err.flush();
    return 0;
  }
}
