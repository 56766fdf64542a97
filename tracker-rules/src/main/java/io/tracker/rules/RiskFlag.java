package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalInt;

/**
 * A risk flag (预警) raised by a rule, with its explanation.
 *
 * @param taskId the task flagged
 * @param target 1-based target position the flag is about, empty for the whole task
 * @param code stable code: LAGGING, SEVERELY_LAGGING, OVERDUE, DUE_SOON, NO_REPORT, REGRESSION,
 *     FORECAST_MISS, PHASE_MISSED, CAUGHT_UP, NO_LEAD, NO_BENCHMARK, or an analyst's own
 * @param light the light this flag gives its task
 * @param rule name of the rule that raised it
 * @param message one sentence in Chinese explaining it
 * @param inputs the figures the rule used, by name, as printed in the message
 */
public record RiskFlag(
    String taskId,
    OptionalInt target,
    String code,
    Light light,
    String rule,
    String message,
    Map<String, String> inputs) {

  public RiskFlag {
    requireNonNull(taskId, "taskId");
    requireNonNull(target, "target");
    requireNonNull(code, "code");
    requireNonNull(light, "light");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
    inputs = Map.copyOf(requireNonNull(inputs, "inputs"));
  }
}
