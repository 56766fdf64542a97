package io.tracker.task;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A published task list (任务分解一览表): the document and its numbered tasks.
 *
 * @param issuer issuing body (西乡县人民政府)
 * @param documentNumber document number (西政发〔2023〕3号), as far as the source gives it
 * @param issuedOn date of issue, if printed
 * @param year the work year the tasks belong to; deadlines such as 11月底 fall in it
 * @param title document title
 * @param sections sections or annexes (附件) in order
 * @param tasks tasks in printed order
 */
public record TaskBook(
    String issuer,
    String documentNumber,
    Optional<LocalDate> issuedOn,
    int year,
    String title,
    List<Section> sections,
    List<Task> tasks) {

  public TaskBook {
    requireNonNull(issuer, "issuer");
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(issuedOn, "issuedOn");
    requireNonNull(title, "title");
    sections = List.copyOf(requireNonNull(sections, "sections"));
    tasks = List.copyOf(requireNonNull(tasks, "tasks"));
  }

  /** The task printed with number {@code id}. */
  public Optional<Task> task(String id) {
    return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Checks that {@code date} (an as-of date: assessment, forms) lies in the book's work year.
   *
   * @param source what gave the date, cited as the FILE of the error ({@code --as-of}, {@code asOf})
   * @throws InputException {@code SOURCE:1:1: 日期 "2024-06-30" 不在任务清单的年度 2023 内: 应为 2023 年的日期}
   */
  public void requireInYear(LocalDate date, String source) {
    if (date.getYear() != year) {
      throw new InputException(source, 1, 1, "日期 \"" + date + "\" 不在任务清单的年度 " + year + " 内: 应为 " + year
          + " 年的日期");
    }
  }
}
