package io.tracker.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.tracker.json.TaskBookForms.BookForm;
import io.tracker.json.TaskBookForms.TargetForm;
import io.tracker.json.TaskBookForms.TaskForm;
import io.tracker.target.Target;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes and reads {@link TaskBook}, {@link Task} and {@link Target} in their JSON forms
 * ({@link TaskBookForms}). A form that does not make a valid domain value (a source span that does
 * not fit its text, a base value that does not match the value) is reported at the start of the
 * object. While a book is written its work year is a per-call attribute ({@link TaskBookForms#YEAR}),
 * so that its targets' due dates are written as full dates of that year.
 */
final class TaskBookModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  TaskBookModule() {
    super("tracker-task-book");
    add(TaskBook.class, BookForm.class, (book, year) -> BookForm.of(book), BookForm::toBook);
    add(Task.class, TaskForm.class, (task, year) -> TaskForm.of(task), TaskForm::toTask);
    add(Target.class, TargetForm.class, TargetForm::of, TargetForm::toTarget);
  }

  /** {@code toForm} takes the value and the work year of the book being written, or null. */
  private <T, F> void add(Class<T> type, Class<F> form, BiFunction<T, Integer, F> toForm, Function<F, T> fromForm) {
    addSerializer(type, new FormSerializer<>(type, toForm));
    addDeserializer(type, new FormDeserializer<>(type, form, fromForm));
  }

  private static final class FormSerializer<T, F> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient BiFunction<T, Integer, F> toForm;

    FormSerializer(Class<T> type, BiFunction<T, Integer, F> toForm) {
      super(type);
      this.toForm = toForm;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value instanceof TaskBook book) {
        provider.setAttribute(TaskBookForms.YEAR, book.year());
      }
      provider.defaultSerializeValue(toForm.apply(value, (Integer) provider.getAttribute(TaskBookForms.YEAR)), gen);
    }
  }

  private static final class FormDeserializer<T, F> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<F> form;
    private final transient Function<F, T> fromForm;

    FormDeserializer(Class<T> type, Class<F> form, Function<F, T> fromForm) {
      super(type);
      this.form = form;
      this.fromForm = fromForm;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      F value = ctxt.readValue(p, form);
      try {
        return fromForm.apply(value);
      } catch (RuntimeException e) {
        throw new JsonMappingException(p, "invalid " + handledType().getSimpleName() + ": " + e.getMessage(),
            start);
      }
    }
  }
}
