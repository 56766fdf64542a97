package io.tracker.cli;

import io.tracker.imports.TaskBookReader;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that name the task book a command works on, {@code --book FILE [--year N]}, shared by
 * {@code simulate}, {@code template}, {@code collect} and {@code rules diff} as a picocli mixin.
 * ({@code score} and {@code report} take them as optional, with the sample book when none of their
 * inputs is given, and read the book with {@link #read(Path, Integer, PrintWriter)}.)
 */
final class BookInput {
  @Option(names = "--book", required = true, paramLabel = "FILE",
      description = "The task book (任务分解一览表): published text (.txt), a table (.csv, .xlsx, .xls, .docx) or JSON.")
  Path book;

  @Option(names = "--year", paramLabel = "N",
      description = "The book's work year (年度), for a list that prints none, e.g. 2024 (see import --year).")
  Integer year;

  /** The book named, its import warnings printed to {@code err}. */
  TaskBook read(PrintWriter err) {
    return read(book, year, err);
  }

  /** The book in {@code file} read for work year {@code year} (null: as printed), warnings to {@code err}. */
  static TaskBook read(Path file, Integer year, PrintWriter err) {
    return ImportCommand.book(TaskBookReader.read(file, ImportCommand.importOptions(null, year)), err);
  }
}
