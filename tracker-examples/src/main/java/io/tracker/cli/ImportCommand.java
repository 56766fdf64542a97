package io.tracker.cli;

import io.tracker.InputException;
import io.tracker.imports.ImportOptions;
import io.tracker.imports.TaskBookReader;
import io.tracker.json.TrackerJson;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tracker import FILE [--charset C] [--year N]}: prints the task book read from FILE as pretty JSON. */
@Command(
    name = "import",
    description = "Reads a task list (.txt extracted from the published notice, .csv or .json) and prints "
        + "its task book as JSON.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The task list file.")
  private Path file;

  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "Charset of FILE (default: UTF-8, or GB18030/GBK when the bytes are not UTF-8).")
  private Charset charset;

  @Option(names = "--year", paramLabel = "N",
      description = "The work year (年度), for a CSV list that prints none, e.g. 2024; "
          + "a year the file states must agree.")
  private Integer year;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TaskBook book = TaskBookReader.read(file, importOptions(charset, year));
    // Written whole after a successful read, so bad input never leaves a partial book on stdout.
    String json = TrackerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(book);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
    return 0;
  }

  /**
   * The reader's options for the {@code --charset} and {@code --year} given (null when left out); a
   * year without four digits is bad input.
   */
  static ImportOptions importOptions(Charset charset, Integer year) {
    ImportOptions options = ImportOptions.defaults();
    if (charset != null) {
      options = options.withCharset(charset);
    }
    if (year != null) {
      try {
        options = options.withYear(year);
      } catch (IllegalArgumentException e) {
        throw new InputException("--year", 1, 1, "year \"" + year + "\": expected a four-digit year such as 2024", e);
      }
    }
    return options;
  }
}
