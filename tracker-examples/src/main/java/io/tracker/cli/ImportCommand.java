package io.tracker.cli;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.imports.ImportOptions;
import io.tracker.imports.ImportResult;
import io.tracker.imports.TaskBookReader;
import io.tracker.imports.TaskColumn;
import io.tracker.json.TrackerJson;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker import FILE [--charset C] [--year N] [--columns H=C,…] [--strict]}: prints the task
 * book read from FILE as pretty JSON, and on standard error one line {@code FILE:LINE:COLUMN: 警告: …}
 * for each thing the reader was unsure of.
 */
@Command(
    name = "import",
    description = "Reads a task list (published text .txt, Word .docx, Excel .xlsx/.xls, .csv or tracker's .json) "
        + "and prints its task book as JSON; warnings go to standard error.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The task list file.")
  private Path file;

  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "Charset of a text FILE (default: UTF-8, or GB18030/GBK when the bytes are not UTF-8).")
  private Charset charset;

  @Option(names = "--year", paramLabel = "N",
      description = "The work year (年度) for a list that prints none, e.g. 2024; a year the file states must agree.")
  private Integer year;

  @Option(names = "--columns", paramLabel = "HEADER=COLUMN,…",
      description = "Map headers the reader does not know to columns, e.g. '目标名称=group,责任处室=lead'; "
          + "columns: number, task, group, units, lead, co, leaders, deadline, year, section, note, ignore.")
  private String columns;

  @Option(names = "--strict", description = "Treat every warning as an error (exit status 2).")
  private boolean strict;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ImportResult result = TaskBookReader.read(file, withColumns(importOptions(charset, year), columns));
    TaskBook book = strict ? result.strictBook() : book(result, spec.commandLine().getErr());
    // Written whole after a successful read, so bad input never leaves a partial book on stdout.
    String json = TrackerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(book);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
    return 0;
  }

  /** The book read, after printing each of its warnings on {@code err}. */
  static TaskBook book(ImportResult result, PrintWriter err) {
    for (InputWarning warning : result.warnings()) {
      err.println(warning);
    }
    err.flush();
    return result.book();
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
        throw new InputException("--year", 1, 1, "年份 \"" + year + "\": 应为四位数的年份, 如 2024", e);
      }
    }
    return options;
  }

  /** {@code options} mapping the headers {@code --columns} names ("目标名称=group,责任处室=lead"). */
  static ImportOptions withColumns(ImportOptions options, String columns) {
    if (columns == null) {
      return options;
    }
    int at = 1;
    for (String pair : columns.split("[,，]", -1)) {
      int equals = pair.indexOf('=');
      String header = equals < 0 ? "" : pair.substring(0, equals).strip();
      String key = equals < 0 ? "" : pair.substring(equals + 1).strip();
      TaskColumn column = TaskColumn.ofKey(key).orElse(null);
      if (header.isEmpty() || column == null) {
        throw new InputException("--columns", 1, at, quote(pair) + ": 应为 表头=列, 列为 "
            + Arrays.stream(TaskColumn.values()).map(TaskColumn::key).collect(Collectors.joining("、")) + " 之一");
      }
      options = options.withColumn(header, column);
      at += pair.length() + 1;
    }
    return options;
  }
}
