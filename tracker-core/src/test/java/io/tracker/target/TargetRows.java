package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Expected targets written one per line as
 * {@code metric | subject | KIND BOUND value | PERIOD | q=qualifier | src=source@start}, with
 * {@code | part} appended for a part ("-" for absent), so that a table row shows every field of every
 * target of a sentence.
 */
final class TargetRows {
  private TargetRows() {}

  static Arguments row(String id, String sentence, String... expected) {
    return Arguments.of(id, sentence, List.of(expected));
  }

  static String describe(Target t) {
    return String.join(" | ",
        t.metric(),
        t.subject().orElse("-"),
        t.kind() + " " + t.bound() + " " + t.value(),
        t.period().map(Enum::name).orElse("-"),
        "q=" + t.qualifier().orElse("-"),
        "src=" + t.source().text() + "@" + t.source().start()) + (t.part() ? " | part" : "");
  }

  /**
   * Parses {@code sentence} and checks the targets against {@code expected} and against the text:
   * each span is the substring at its offsets and holds the metric, unless that metric is carried
   * over from the previous target ("二季度达100%" after "一季度开工率达80%以上").
   */
  static void assertTargets(String sentence, List<String> expected) {
    List<Target> targets = TargetParser.parse(sentence);

    assertThat(targets).extracting(TargetRows::describe).containsExactlyElementsOf(expected);
    Target previous = null;
    for (Target t : targets) {
      SourceSpan span = t.source();
      assertThat(sentence.substring(span.start(), span.end())).isEqualTo(span.text());
      if (previous == null || !previous.metric().equals(t.metric())) {
        assertThat(span.text()).as("span of %s", t.metric()).contains(t.metric());
      }
      previous = t;
    }
  }
}
