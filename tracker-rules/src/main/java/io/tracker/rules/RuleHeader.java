package io.tracker.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of a DRL rule header ({@code rule "任务得分"}): the name quoted in double or single
 * quotes, or unquoted, as Drools reads it. Overriding a default rule ({@link RuleSet#extendedBy}),
 * naming the rule of a compiler message ({@link PreparedRules}, {@link CompilerMessages}) all read
 * rule names through it, so they agree on what a rule's name is.
 */
final class RuleHeader {
  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|'[^']*'|\\S+)");

  private RuleHeader() {}

  /** The name of the rule {@code line} opens, without its quotes; empty if it opens none. */
  static Optional<String> name(String line) {
    Matcher m = RULE.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1);
    return Optional.of(name.startsWith("\"") || name.startsWith("'") ? name.substring(1, name.length() - 1) : name);
  }
}
