package io.tracker.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tracker.InputException;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Due;
import io.tracker.target.Period;
import io.tracker.target.Reference;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON forms of the task book types: plain field holders whose field names are the public JSON
 * contract, so that the domain records stay free of Jackson annotations. They are field-based (not
 * creator-based) so that Jackson reports an unknown field at the field itself.
 *
 * <p>Fields for an empty {@code Optional} are written as {@code null} (a deadline's milestone is
 * left out instead); on reading, an absent optional field counts as {@code null}, and every other
 * field is required. A target's "part" is written only when true, and absent reads as false.
 *
 * <p>The fields of indicator tables are written only when present, so that a book without them is
 * written exactly as before they existed: a task's "weight", "scoringText" and "assessor", a
 * target's "assignee" and "reference". A relative target (one with a "reference") has "value" and
 * "baseValue" null, and "unit" and "baseUnit" the indicator's unit when known, else null.
 */
final class TaskBookForms {
  /** The per-call attribute holding the work year of the book being written. */
  static final Object YEAR = TaskBookForms.class.getName() + ".year";

  private TaskBookForms() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("missing field \"" + field + "\": expected a value");
    }
    return value;
  }

  @JsonPropertyOrder({"issuer", "documentNumber", "issuedOn", "year", "title", "sections", "tasks"})
  static final class BookForm {
    public String issuer;
    public String documentNumber;
    public LocalDate issuedOn;
    public Integer year;
    public String title;
    public List<SectionForm> sections;
    public List<Task> tasks;

    static BookForm of(TaskBook book) {
      BookForm f = new BookForm();
      f.issuer = book.issuer();
      f.documentNumber = book.documentNumber();
      f.issuedOn = book.issuedOn().orElse(null);
      f.year = book.year();
      f.title = book.title();
      f.sections = book.sections().stream().map(SectionForm::of).toList();
      f.tasks = book.tasks();
      return f;
    }

    TaskBook toBook() {
      return new TaskBook(required(issuer, "issuer"), required(documentNumber, "documentNumber"),
          Optional.ofNullable(issuedOn), required(year, "year"), required(title, "title"),
          required(sections, "sections").stream().map(SectionForm::toSection).toList(), required(tasks, "tasks"));
    }
  }

  @JsonPropertyOrder({"number", "title"})
  static final class SectionForm {
    public Integer number;
    public String title;

    static SectionForm of(Section section) {
      SectionForm f = new SectionForm();
      f.number = section.number();
      f.title = section.title();
      return f;
    }

    Section toSection() {
      return new Section(required(number, "number"), required(title, "title"));
    }
  }

  @JsonPropertyOrder({"id", "section", "text", "units", "leaders", "deadline", "targets", "tags", "weight",
      "scoringText", "assessor"})
  static final class TaskForm {
    public String id;
    public Integer section;
    public String text;
    public List<UnitForm> units;
    public List<String> leaders;
    public DeadlineForm deadline;
    public List<Target> targets;

    /** Written only when the task has tags; absent reads as none. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> tags;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public BigDecimal weight;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String scoringText;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String assessor;

    static TaskForm of(Task task) {
      TaskForm f = new TaskForm();
      f.id = task.id();
      f.section = task.section();
      f.text = task.text();
      f.units = task.responsibility().units().stream().map(UnitForm::of).toList();
      f.leaders = task.leaders();
      f.deadline = task.deadline().map(DeadlineForm::of).orElse(null);
      f.targets = task.targets();
      f.tags = task.tags();
      f.weight = task.weight().orElse(null);
      f.scoringText = task.scoringText().orElse(null);
      f.assessor = task.assessor().orElse(null);
      return f;
    }

    Task toTask() {
      return new Task(required(id, "id"), required(section, "section"), required(text, "text"),
          new Responsibility(required(units, "units").stream().map(UnitForm::toUnit).toList()),
          required(leaders, "leaders"), Optional.ofNullable(deadline).map(DeadlineForm::toDeadline),
          required(targets, "targets"), tags == null ? List.of() : tags, Optional.ofNullable(weight),
          Optional.ofNullable(scoringText), Optional.ofNullable(assessor));
    }
  }

  @JsonPropertyOrder({"name", "printed", "role"})
  static final class UnitForm {
    public String name;
    public String printed;
    public Role role;

    static UnitForm of(ResponsibleUnit unit) {
      UnitForm f = new UnitForm();
      f.name = unit.name();
      f.printed = unit.printed();
      f.role = unit.role();
      return f;
    }

    ResponsibleUnit toUnit() {
      return new ResponsibleUnit(required(name, "name"), required(printed, "printed"), required(role, "role"));
    }
  }

  @JsonPropertyOrder({"date", "printed", "milestone"})
  static final class DeadlineForm {
    public LocalDate date;
    public String printed;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String milestone;

    static DeadlineForm of(Deadline deadline) {
      DeadlineForm f = new DeadlineForm();
      f.date = deadline.date().orElse(null);
      f.printed = deadline.printed();
      f.milestone = deadline.milestone().orElse(null);
      return f;
    }

    Deadline toDeadline() {
      return new Deadline(Optional.ofNullable(date), required(printed, "printed"), Optional.ofNullable(milestone));
    }
  }

  @JsonPropertyOrder({"metric", "subject", "kind", "bound", "value", "unit", "baseValue", "baseUnit", "period",
      "qualifier", "source", "part", "due", "assignee", "reference"})
  static final class TargetForm {
    public String metric;
    public String subject;
    public TargetKind kind;
    public Bound bound;
    public BigDecimal value;
    public String unit;
    public BigDecimal baseValue;
    public String baseUnit;
    public Period period;
    public String qualifier;
    public SourceForm source;

    /** Written only when true (a part of the figure before it, 其中…); absent reads as false. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean part;

    public DueForm due;

    /** The unit an indicator table's per-unit column sets the target for; written only when present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String assignee;

    /** A relative target's reference (全省平均水平); written only when present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String reference;

    /** The form of {@code target}; its due date in {@code year} when given, else as {@code --MM-DD}. */
    static TargetForm of(Target target, Integer year) {
      TargetForm f = new TargetForm();
      f.metric = target.metric();
      f.subject = target.subject().orElse(null);
      f.kind = target.kind();
      f.bound = target.bound();
      f.value = target.figure().map(Quantity::amount).orElse(null);
      f.unit = target.unit().map(Unit::toString).orElse(null);
      f.baseValue = target.figure().map(q -> q.toBase().amount()).orElse(null);
      f.baseUnit = target.unit().map(u -> u.baseUnit().toString()).orElse(null);
      f.period = target.period().orElse(null);
      f.qualifier = target.qualifier().orElse(null);
      f.source = SourceForm.of(target.source());
      f.part = target.part();
      f.due = target.due().map(d -> DueForm.of(d, year)).orElse(null);
      f.assignee = target.assignee().orElse(null);
      f.reference = target.reference().map(Reference::printed).orElse(null);
      return f;
    }

    /** The printed unit, read by the one unit grammar ({@link Unit#parse}). */
    private static Unit parseUnit(String printed) {
      try {
        return Unit.parse(printed);
      } catch (InputException e) {
        throw new IllegalArgumentException(e.problem(), e);
      }
    }

    Target toTarget() {
      Quantity quantity = null;
      Optional<Reference> relative = Optional.empty();
      if (reference == null) {
        quantity = new Quantity(required(value, "value"), parseUnit(required(unit, "unit")));
        Quantity base = quantity.toBase();
        if (required(baseValue, "baseValue").compareTo(base.amount()) != 0
            || !base.unit().toString().equals(required(baseUnit, "baseUnit"))) {
          throw new IllegalArgumentException("baseValue " + baseValue + " " + baseUnit + " does not match value "
              + quantity + ": expected " + base.amount().toPlainString() + " " + base.unit());
        }
      } else {
        if (value != null || baseValue != null) {
          throw new IllegalArgumentException("a relative target (reference \"" + reference
              + "\") has no figure: expected \"value\" and \"baseValue\" null");
        }
        Optional<Unit> measured = Optional.ofNullable(unit).map(TargetForm::parseUnit);
        String expectedBase = measured.map(u -> u.baseUnit().toString()).orElse(null);
        if (!Objects.equals(baseUnit, expectedBase)) {
          throw new IllegalArgumentException("baseUnit " + baseUnit + " does not match unit " + unit + ": expected "
              + expectedBase);
        }
        relative = Optional.of(new Reference(reference, measured));
      }
      Target target = new Target(required(metric, "metric"), Optional.ofNullable(subject), required(kind, "kind"),
          required(bound, "bound"), quantity, Optional.ofNullable(period), Optional.ofNullable(qualifier),
          required(source, "source").toSpan(), part, Optional.ofNullable(period).map(p -> Due.of(p, p.printed())),
          Optional.ofNullable(assignee), relative);
      // A book written before due dates existed has none: its period, if any, gives the due date.
      return due == null ? target : target.withDue(Optional.of(due.toDue()));
    }
  }

  /** A due date: {@code "date"} in the book's year ({@code 2023-03-31}), or {@code --03-31} outside a book. */
  @JsonPropertyOrder({"date", "printed"})
  static final class DueForm {
    public String date;
    public String printed;

    static DueForm of(Due due, Integer year) {
      DueForm f = new DueForm();
      f.date = year == null ? due.day().toString() : due.date(year).toString();
      f.printed = due.printed();
      return f;
    }

    Due toDue() {
      String text = required(date, "date");
      MonthDay day;
      try {
        day = text.startsWith("--") ? MonthDay.parse(text) : MonthDay.from(LocalDate.parse(text));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("due date \"" + text + "\": expected e.g. \"2023-03-31\"", e);
      }
      return new Due(day, required(printed, "printed"));
    }
  }

  @JsonPropertyOrder({"text", "start", "end"})
  static final class SourceForm {
    public String text;
    public Integer start;
    public Integer end;

    static SourceForm of(SourceSpan span) {
      SourceForm f = new SourceForm();
      f.text = span.text();
      f.start = span.start();
      f.end = span.end();
      return f;
    }

    SourceSpan toSpan() {
      return new SourceSpan(required(text, "text"), required(start, "start"), required(end, "end"));
    }
  }
}
