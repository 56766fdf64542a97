package io.tracker.imports;

import io.tracker.InputWarning;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compact descriptions of imported books for the layout tests: one line per task and per warning. */
final class ImportedBooks {
  private ImportedBooks() {}

  /** The layout fixtures written for these tests (imitating published layouts, not copies). */
  static Path layout(String name) {
    return Path.of("src/test/resources/io/tracker/imports/layouts", name);
  }

  /**
   * "id §section text | unit:角色、… | leaders | deadline date": units by resolved name, 牵 for a lead
   * and 配 for a co-operating unit, a printed form that differs in brackets.
   */
  static String describe(Task task) {
    String units = task.responsibility().units().stream().map(ImportedBooks::unit).collect(Collectors.joining("、"));
    return task.id() + " §" + task.section() + " " + task.text() + " | " + units + " | "
        + String.join("、", task.leaders()) + " | "
        + task.deadline().flatMap(d -> d.date()).map(Object::toString).orElse("-");
  }

  static List<String> tasks(TaskBook book) {
    return book.tasks().stream().map(ImportedBooks::describe).toList();
  }

  /** The warnings as printed, with the file's directory left out. */
  static List<String> warnings(ImportResult result, Path file) {
    String dir = file.getParent() == null ? "" : file.getParent() + "/";
    return result.warnings().stream().map(InputWarning::toString).map(w -> w.replace(dir, "")).toList();
  }

  private static String unit(ResponsibleUnit u) {
    return u.name() + (u.printed().equals(u.name()) ? "" : "(" + u.printed() + ")") + ":"
        + (u.role() == Role.LEAD ? "牵" : "配");
  }
}
