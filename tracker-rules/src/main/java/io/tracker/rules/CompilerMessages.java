package io.tracker.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Places the executable model's compile errors in the analyst's file, rule and line. Drools reports
 * some errors against the DRL it was given (mapped back through {@link PreparedRules}), some with
 * line −1 (an unknown field: the quoted expression is searched for), some against Java it generated
 * ({@code LambdaConsequence…java}, {@code LambdaPredicate…java}, with the generated source in a
 * second message: the offending generated line, or a name the error quotes, is searched for in the
 * rules), and some not at all but by throwing (a literal of the wrong type; the failing file and rule
 * are then found by building halves of the rule set).
 */
final class CompilerMessages {
  private static final String SOURCE_DUMP = "Java source of ";
  private static final String NULL_PACKAGE = "Parser returned a null Package";
  private static final Pattern GENERATED_POSITION = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+\\s+");
  private static final Pattern QUOTED_NAME = Pattern.compile(
      "(?:method|field|variable|type|symbol)\\s+([\\w$]+)|([\\w$]+)(?:\\(\\))? (?:cannot be resolved|is undefined)");
  private static final Pattern AFTER_COLON = Pattern.compile(":\\s*(.+)$");
  private static final Pattern INPUT_STRING = Pattern.compile("For input string: (\"[^\"]*\")");

  private CompilerMessages() {}

  /** The problems of Drools' error {@code messages}; a message only dumping generated source is dropped. */
  static List<RuleProblem> problems(PreparedRules prepared, String sourceRoot, List<Message> messages) {
    Map<String, String[]> generated = new HashMap<>();
    for (Message m : messages) {
      String text = text(m);
      if (text.startsWith(SOURCE_DUMP)) {
        String source = text.substring(text.indexOf('\n') + 1);
        generated.put(m.getPath(), source.split("\n", -1));
      }
    }
    Map<String, RuleProblem> problems = new LinkedHashMap<>();
    for (Message m : messages) {
      String text = text(m);
      if (text.startsWith(SOURCE_DUMP)) {
        continue;
      }
      if (text.startsWith(NULL_PACKAGE) && messages.size() > 1) {
        continue; // follows a syntax error already reported
      }
      RuleProblem problem = problem(prepared, sourceRoot, m, text, generated);
      problems.putIfAbsent(problem.toString(), problem);
    }
    return List.copyOf(problems.values());
  }

  private static RuleProblem problem(
      PreparedRules prepared, String sourceRoot, Message m, String text, Map<String, String[]> generated) {
    String path = m.getPath() == null ? "" : m.getPath();
    // "[ERR 102] Line 17:67 mismatched input" counts lines of the generated DRL: drop that part.
    String message = GENERATED_POSITION.matcher(text.lines().findFirst().orElse(text)).replaceFirst("语法错误: ");
    // Drools names rule files relative to the resources root (tracker/rules/x.drl).
    String resourcesRoot = sourceRoot.substring(sourceRoot.indexOf("resources/") + "resources/".length());
    String compiledPath = path.startsWith(sourceRoot) ? path.substring(sourceRoot.length())
        : path.startsWith(resourcesRoot) ? path.substring(resourcesRoot.length()) : null;
    if (compiledPath != null && prepared.sources().containsKey(compiledPath)) {
      Matcher expression = AFTER_COLON.matcher(message);
      return prepared.locate(compiledPath, m.getLine(), expression.find() ? expression.group(1) : null, message);
    }
    String[] source = generated.get(path);
    if (source != null && m.getLine() >= 1 && m.getLine() <= source.length) {
      RuleProblem found = prepared.locateSnippet(source[m.getLine() - 1].strip(), message);
      if (!found.file().isEmpty()) {
        return found;
      }
    }
    Matcher name = QUOTED_NAME.matcher(message);
    while (name.find()) {
      String quoted = name.group(1) != null ? name.group(1) : name.group(2);
      RuleProblem found = prepared.locateSnippet(quoted, message);
      if (!found.file().isEmpty()) {
        return found;
      }
    }
    return new RuleProblem("", 0, "", message);
  }

  /**
   * The problem behind an exception thrown by the build. {@code buildFails} tells whether building
   * the given DRL sources (compiled path → text) throws; it is used to narrow the failure down to one
   * file and one rule.
   */
  static RuleProblem thrown(PreparedRules prepared, RuntimeException e, Predicate<Map<String, String>> buildFails) {
    String message = "规则无法编译: " + firstLine(e);
    Matcher literal = INPUT_STRING.matcher(String.valueOf(e.getMessage()));
    if (literal.find()) {
      RuleProblem found = prepared.locateSnippet(literal.group(1), message + " (类型不符的常量)");
      if (!found.file().isEmpty()) {
        return found;
      }
    }
    for (PreparedRules.Source source : prepared.sources().values()) {
      Map<String, String> alone = Map.of(source.compiledPath(), source.drl());
      if (!buildFails.test(alone)) {
        continue;
      }
      List<int[]> rules = ruleBlocks(source.drl());
      String[] lines = source.drl().split("\n", -1);
      int low = 0;
      int high = rules.size();
      while (high - low > 1) {
        int middle = (low + high) / 2;
        if (buildFails.test(Map.of(source.compiledPath(), keepRules(lines, rules, low, middle)))) {
          high = middle;
        } else {
          low = middle;
        }
      }
      int line = rules.isEmpty() ? 0 : rules.get(low)[0];
      return new RuleProblem(source.file(), source.originalLine(line), PreparedRules.ruleAt(source.drl(), line), message);
    }
    return new RuleProblem("", 0, "", message);
  }

  /** 1-based [first, last] lines of each rule block ({@code rule} … {@code end}). */
  private static List<int[]> ruleBlocks(String drl) {
    List<int[]> blocks = new ArrayList<>();
    String[] lines = drl.split("\n", -1);
    int start = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (start < 0 && RuleHeader.name(line).isPresent()) {
        start = i + 1;
      } else if (start > 0 && line.equals("end")) {
        blocks.add(new int[] {start, i + 1});
        start = -1;
      }
    }
    return blocks;
  }

  /** {@code lines} with the rules outside [from, to) blanked (line numbers kept). */
  private static String keepRules(String[] lines, List<int[]> rules, int from, int to) {
    String[] kept = lines.clone();
    for (int r = 0; r < rules.size(); r++) {
      if (r < from || r >= to) {
        for (int i = rules.get(r)[0] - 1; i < rules.get(r)[1]; i++) {
          kept[i] = "";
        }
      }
    }
    return String.join("\n", kept);
  }

  private static String text(Message m) {
    return m.getText() == null ? "" : m.getText().strip();
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
  }
}
