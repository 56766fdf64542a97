package io.tracker.report;

import io.tracker.rules.Assessment;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TaskResult;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The {@link LedgerFixture} ledger with chosen texts in every place where a text of the book or the
 * assessment reaches the page: the book's issuer (in the page's title and heading) and number, a
 * section title, task 2's text
 * and the texts of its two targets (target chart and table), task 1's lead unit (unit chart) and
 * task 5's leader (leader chart), and a flag's message.
 */
record PlacedTexts(String issuer, String section, String task, String target1, String target2,
    String unit, String leader, String message) {

  TaskBook book() {
    List<Task> tasks = new ArrayList<>();
    for (Task t : LedgerFixture.tasks()) {
      tasks.add(switch (t.id()) {
        case "1" -> new Task(t.id(), t.section(), t.text(), LedgerFixture.units(unit), t.leaders(), t.deadline(),
            t.targets());
        case "2" -> new Task(t.id(), t.section(), task, t.responsibility(), t.leaders(), t.deadline(),
            List.of(printedAs(t.targets().get(0), target1), printedAs(t.targets().get(1), target2)));
        case "5" -> new Task(t.id(), t.section(), t.text(), t.responsibility(), List.of(leader), t.deadline(),
            t.targets());
        default -> t;
      });
    }
    TaskBook fixture = LedgerFixture.book(tasks);
    List<Section> sections = new ArrayList<>(fixture.sections());
    sections.set(0, new Section(1, section));
    return new TaskBook(issuer, "〔2023〕" + issuer, fixture.issuedOn(), fixture.year(), fixture.title(), sections,
        tasks);
  }

  /** The fixture's assessment of {@link #book()}, task 2's flag carrying {@link #message}. */
  Assessment assessment() {
    Assessment base = LedgerFixture.assessment(book());
    List<TaskResult> results = new ArrayList<>();
    for (TaskResult r : base.tasks()) {
      results.add(!r.id().equals("2") ? r : new TaskResult(r.id(), r.score(), r.light(),
          List.of(new RiskFlag("2", OptionalInt.of(2), "LAGGING", r.light(), "进度滞后", message,
              Map.of("说明", message))), r.targets()));
    }
    return new Assessment(base.asOf(), results, base.units(), base.leaders(), base.total());
  }

  private static Target printedAs(Target t, String text) {
    return new Target(t.metric(), t.subject(), t.kind(), t.bound(), t.value(), t.period(), t.qualifier(),
        new SourceSpan(text, 0, text.length()));
  }
}
