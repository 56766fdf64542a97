package io.tracker.cli;

import io.tracker.InputException;
import io.tracker.forms.CollectedReports;
import io.tracker.forms.FilledForm;
import io.tracker.forms.ReportFormReader;
import io.tracker.ledger.LedgerStore;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker collect --book FILE --as-of DATE [--ledger FILE] --out FILE DIR_OR_FILES…}: reads
 * filled report forms (.xlsx, .xls; a directory is searched for them) and appends their reports to
 * the ledger {@code --out} (a file or a jdbc: URL), never changing the reports already in it.
 *
 * <p>When {@code --out} does not exist yet it is created, starting with the reports of
 * {@code --ledger} if given; when it exists, {@code --ledger} may only name the same ledger. Every
 * form is read and checked before anything is written: one bad cell and nothing is written (exit 2).
 * Reports the ledger already holds as they are are not appended again; a changed figure for the same
 * date is appended as a correction.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
    description = "Reads filled report forms (填报表) and appends their reports to the ledger.")
final class CollectCommand implements Callable<Integer> {
  @Mixin private BookInput book = new BookInput();

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date of the forms collected.")
  private LocalDate asOf;

  @Option(names = "--ledger", paramLabel = "FILE",
      description = "The ledger so far, copied into --out when --out does not exist yet (file or jdbc: URL).")
  private String ledger;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The ledger appended to: .csv, .json or jdbc:h2:./ledger, jdbc:postgresql://… (created if needed).")
  private String out;

  @Parameters(arity = "1..*", paramLabel = "DIR_OR_FILES", description = "Filled forms, or directories holding them.")
  private List<Path> inputs;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TaskBook taskBook = book.read(spec.commandLine().getErr());
    LedgerStore target = LedgerStore.at(out);
    boolean exists = target.exists();
    if (exists && ledger != null && !ledger.equals(out)) {
      throw new InputException("--ledger", 0, 0, "--out " + out + " 已存在，报送将追加到它之后；--ledger "
          + ledger + " 应省略或与 --out 相同");
    }
    ProgressLedger earlier = exists ? AssessmentInputs.readLedger(out, taskBook)
        : ledger != null ? AssessmentInputs.readLedger(ledger, taskBook) : ProgressLedger.of(List.of());
    List<FilledForm> forms = new ArrayList<>();
    for (Path file : forms(inputs)) {
      forms.add(ReportFormReader.read(taskBook, asOf, file));
    }
    CollectedReports collected = CollectedReports.of(earlier, forms);
    List<ProgressReport> written = new ArrayList<>(exists ? List.of() : earlier.reports());
    written.addAll(collected.appended());
    if (!exists || !collected.appended().isEmpty()) {
      target.append(written);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (FilledForm form : forms) {
      err.println(form.file() + ": " + form.unit() + " 填报 " + form.reports().size() + " 行"
          + (form.blank().isEmpty() ? "" : "，未填 " + form.blank().size() + " 行（" + String.join("、", form.blank()) + "）"));
    }
    for (ProgressReport correction : collected.corrections()) {
      err.println("更正: 任务 " + correction.taskId() + correction.target().stream().mapToObj(p -> " 目标" + p)
          .findFirst().orElse("") + " 截至 " + correction.asOf() + "（" + correction.reporter() + "）");
    }
    err.println("收集 " + forms.size() + " 份填报表: 追加 " + collected.appended().size() + " 条（其中更正 "
        + collected.corrections().size() + " 条），与台账相同未重复写入 " + collected.unchanged().size() + " 条 → " + out);
    err.flush();
    return 0;
  }

  /** The forms named: files as given, directories' .xlsx and .xls files by name (not lock files). */
  private static List<Path> forms(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.isDirectory(input)) {
        files.add(input);
        continue;
      }
      try (Stream<Path> listing = Files.list(input)) {
        List<Path> found = listing.filter(Files::isRegularFile).filter(CollectCommand::isWorkbook).sorted().toList();
        if (found.isEmpty()) {
          throw new InputException(input.toString(), 0, 0, "目录中没有填报表：应为 .xlsx 或 .xls 文件");
        }
        files.addAll(found);
      }
    }
    return files;
  }

  private static boolean isWorkbook(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".xlsx") || lower.endsWith(".xls")) && !name.startsWith("~$") && !name.startsWith(".~lock");
  }
}
