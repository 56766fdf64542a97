package io.tracker.cli;

import io.tracker.json.TrackerJson;
import io.tracker.report.ReportWriter;
import io.tracker.rules.Assessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracker report [--book FILE --ledger FILE --as-of DATE] [--rules DIR] [--out DIR]}: the
 * supervision ledger (督查台账) in the terminal, plus {@code index.html}, {@code assessment.json},
 * {@code assessment.csv} and {@code assessment.xlsx} in the output directory. Without --book, --ledger and --as-of it reports on
 * the sample: the seed at 2023-06-30 with its simulated ledger (the main job, also what
 * {@code ./tracker} does with no arguments).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Prints the supervision ledger (督查台账) and writes the HTML report, JSON, CSV and Excel workbook.")
final class ReportCommand implements Callable<Integer> {
  /** Name of the assessment's JSON file in the output directory. */
  static final String JSON_FILE = "assessment.json";

  @Mixin private AssessmentInputs inputs = new AssessmentInputs();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Directory for index.html, assessment.json, .csv and .xlsx (default: target/report); "
          + "its parent must exist.")
  private Path out;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path home = TrackerCommand.home();
    inputs.defaultToSample(home);
    Path outDir = out != null ? OutputPath.directory(out, false)
        : OutputPath.directory(home.resolve("target").resolve("report"), true);
    boolean interactive = System.console() != null;
    Progress progress = new Progress(spec.commandLine().getErr(), !interactive);
    AssessmentInputs.Loaded loaded = inputs.load(progress);
    Assessment assessment = progress.step("评估 " + loaded.book().tasks().size() + " 项任务",
        loaded::assess);
    List<Path> written = new ArrayList<>();
    OutputPath.writeInto(outDir, () -> {
      Path json = outDir.resolve(JSON_FILE);
      TrackerJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), assessment);
      written.add(json);
      written.addAll(ReportWriter.writeAll(loaded.book(), assessment, loaded.ledger(), outDir,
          spec.commandLine().getOut(), interactive, AssessmentInputs.rulesDescription(Optional.ofNullable(inputs.rules))));
    });
    spec.commandLine().getErr().println("已写入: " + String.join(", ", written.stream().map(Path::toString).toList()));
    spec.commandLine().getErr().flush();
    return 0;
  }
}
