package io.tracker.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON forms of the task book types: plain records whose property names are the public JSON
 * contract, so that the domain records stay free of Jackson annotations. Every property must be
 * present (null where the domain has an empty {@code Optional}), except a deadline's milestone,
 * which is written only when there is one.
 */
final class TaskBookForms {
  private TaskBookForms() {}

  @JsonPropertyOrder({"issuer", "documentNumber", "issuedOn", "year", "title", "sections", "tasks"})
  record BookForm(
      @JsonProperty(required = true) String issuer,
      @JsonProperty(required = true) String documentNumber,
      @JsonProperty(required = true) LocalDate issuedOn,
      @JsonProperty(required = true) int year,
      @JsonProperty(required = true) String title,
      @JsonProperty(required = true) List<SectionForm> sections,
      @JsonProperty(required = true) List<Task> tasks) {

    static BookForm of(TaskBook book) {
      return new BookForm(book.issuer(), book.documentNumber(), book.issuedOn().orElse(null), book.year(),
          book.title(), book.sections().stream().map(SectionForm::of).toList(), book.tasks());
    }

    TaskBook toBook() {
      return new TaskBook(issuer, documentNumber, Optional.ofNullable(issuedOn), year, title,
          sections.stream().map(SectionForm::toSection).toList(), tasks);
    }
  }

  @JsonPropertyOrder({"number", "title"})
  record SectionForm(@JsonProperty(required = true) int number, @JsonProperty(required = true) String title) {
    static SectionForm of(Section section) {
      return new SectionForm(section.number(), section.title());
    }

    Section toSection() {
      return new Section(number, title);
    }
  }

  @JsonPropertyOrder({"id", "section", "text", "units", "leaders", "deadline", "targets"})
  record TaskForm(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) int section,
      @JsonProperty(required = true) String text,
      @JsonProperty(required = true) List<UnitForm> units,
      @JsonProperty(required = true) List<String> leaders,
      @JsonProperty(required = true) DeadlineForm deadline,
      @JsonProperty(required = true) List<Target> targets) {

    static TaskForm of(Task task) {
      return new TaskForm(task.id(), task.section(), task.text(),
          task.responsibility().units().stream().map(UnitForm::of).toList(), task.leaders(),
          task.deadline().map(DeadlineForm::of).orElse(null), task.targets());
    }

    Task toTask() {
      return new Task(id, section, text, new Responsibility(units.stream().map(UnitForm::toUnit).toList()),
          leaders, Optional.ofNullable(deadline).map(DeadlineForm::toDeadline), targets);
    }
  }

  @JsonPropertyOrder({"name", "printed", "role"})
  record UnitForm(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) String printed,
      @JsonProperty(required = true) Role role) {
    static UnitForm of(ResponsibleUnit unit) {
      return new UnitForm(unit.name(), unit.printed(), unit.role());
    }

    ResponsibleUnit toUnit() {
      return new ResponsibleUnit(name, printed, role);
    }
  }

  @JsonPropertyOrder({"date", "printed", "milestone"})
  record DeadlineForm(
      @JsonProperty(required = true) LocalDate date,
      @JsonProperty(required = true) String printed,
      @JsonInclude(JsonInclude.Include.NON_NULL) String milestone) {
    static DeadlineForm of(Deadline deadline) {
      return new DeadlineForm(deadline.date().orElse(null), deadline.printed(), deadline.milestone().orElse(null));
    }

    Deadline toDeadline() {
      return new Deadline(Optional.ofNullable(date), printed, Optional.ofNullable(milestone));
    }
  }

  @JsonPropertyOrder({"metric", "subject", "kind", "bound", "value", "unit", "baseValue", "baseUnit", "period",
      "qualifier", "source"})
  record TargetForm(
      @JsonProperty(required = true) String metric,
      @JsonProperty(required = true) String subject,
      @JsonProperty(required = true) TargetKind kind,
      @JsonProperty(required = true) Bound bound,
      @JsonProperty(required = true) BigDecimal value,
      @JsonProperty(required = true) String unit,
      @JsonProperty(required = true) BigDecimal baseValue,
      @JsonProperty(required = true) String baseUnit,
      @JsonProperty(required = true) Period period,
      @JsonProperty(required = true) String qualifier,
      @JsonProperty(required = true) SourceForm source) {

    static TargetForm of(Target target) {
      Quantity base = target.baseValue();
      return new TargetForm(target.metric(), target.subject().orElse(null), target.kind(), target.bound(),
          target.value().amount(), target.value().unit().toString(), base.amount(), base.unit().toString(),
          target.period().orElse(null), target.qualifier().orElse(null), SourceForm.of(target.source()));
    }

    Target toTarget() {
      if (value == null || unit == null || source == null) {
        throw new IllegalArgumentException("a target needs value, unit and source, got null");
      }
      Quantity quantity = new Quantity(value, UnitText.parse(unit));
      Quantity base = quantity.toBase();
      if (baseValue == null || baseValue.compareTo(base.amount()) != 0 || !base.unit().toString().equals(baseUnit)) {
        throw new IllegalArgumentException("baseValue " + baseValue + " " + baseUnit + " does not match value "
            + quantity + ": expected " + base.amount().toPlainString() + " " + base.unit());
      }
      return new Target(metric, Optional.ofNullable(subject), kind, bound, quantity, Optional.ofNullable(period),
          Optional.ofNullable(qualifier), source.toSpan());
    }
  }

  @JsonPropertyOrder({"text", "start", "end"})
  record SourceForm(
      @JsonProperty(required = true) String text,
      @JsonProperty(required = true) int start,
      @JsonProperty(required = true) int end) {
    static SourceForm of(SourceSpan span) {
      return new SourceForm(span.text(), span.start(), span.end());
    }

    SourceSpan toSpan() {
      return new SourceSpan(text, start, end);
    }
  }
}
