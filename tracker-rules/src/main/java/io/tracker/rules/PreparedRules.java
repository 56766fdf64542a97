package io.tracker.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * An analyst's rule set turned into plain DRL for the compiler, every DRL line traceable to the
 * file and line the analyst wrote. DSL files are normalised ({@link RuleSourceNormalizer}) and
 * applied to the .dslr files; decision tables are turned into DRL with Drools' own
 * {@link SpreadsheetCompiler}; every resulting DRL passes the {@link RuleSafety} check. Sizes are
 * bounded by {@link RuleLimits} (file bytes, DSL chains, bracket nesting) before any parser sees a file.
 * Problems in any file are collected, so an analyst sees all of them at once.
 */
final class PreparedRules {
  /** One DRL text and where its lines came from. */
  record Source(String file, String drl, int[] originalLines) {
    /** The analyst's line for 1-based DRL line {@code drlLine}; 0 when unknown. */
    int originalLine(int drlLine) {
      return drlLine >= 1 && drlLine <= originalLines.length ? originalLines[drlLine - 1] : 0;
    }

    /** The path the compiler sees: the analyst's path, with {@code .drl} added unless it is DRL. */
    String compiledPath() {
      return file.endsWith(".drl") ? file : file + ".drl";
    }
  }

  private static final Pattern ANCHOR =
      Pattern.compile("^\\s*(rule|when|then|end|package|import|global|function|query|declare)\\b.*");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern TABLE_ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+)");
  private static final Pattern UNABLE_TO_EXPAND = Pattern.compile("^\\[\\d+\\] Unable to expand: (.*)$", Pattern.DOTALL);

  private final Map<String, Source> sources;

  private PreparedRules(Map<String, Source> sources) {
    this.sources = sources;
  }

  /** The DRL sources by the path the compiler sees them under. */
  Map<String, Source> sources() {
    return sources;
  }

  /**
   * Prepares {@code rules}.
   *
   * @throws RuleSetException listing every problem found, each against the analyst's file and line
   */
  static PreparedRules prepare(RuleSet rules, RuleLimits limits) {
    List<RuleProblem> problems = new ArrayList<>();
    DefaultExpander expander = new DefaultExpander();
    boolean haveDsl = false;
    List<String> paths = new ArrayList<>();
    for (String path : rules.paths()) {
      int size = rules.content(path).length;
      if (size > limits.maxFileBytes() && FileKind.of(path).isRules()) {
        problems.add(new RuleProblem(path, 0, "", "规则文件有 " + size + " 字节, 超过上限 " + limits.maxFileBytes()
            + " 字节 (RuleLimits.maxFileBytes)"));
      } else {
        paths.add(path);
      }
    }
    for (String path : paths) {
      if (FileKind.of(path) == FileKind.DSL) {
        haveDsl |= loadDsl(path, text(rules, path), expander, limits, problems);
      }
    }
    Map<String, Source> sources = new LinkedHashMap<>();
    for (String path : paths) {
      Source source = switch (FileKind.of(path)) {
        case DRL -> identity(path, text(rules, path));
        case DSLR -> expand(path, text(rules, path), haveDsl ? expander : null, problems);
        case CSV_TABLE -> table(path, rules.content(path), InputType.CSV, problems);
        case XLS_TABLE -> table(path, rules.content(path), InputType.XLS, problems);
        case PLAIN_CSV -> {
          problems.add(new RuleProblem(path, 0, "",
              "\"" + path + "\" 是普通 .csv 文件, Drools 会静默忽略它: 决策表请命名为 *.drl.csv 或 *.drl.xlsx"));
          yield null;
        }
        case UNKNOWN -> {
          problems.add(new RuleProblem(path, 0, "", "无法识别的规则文件 \"" + path
              + "\": 应为 .drl, .dsl, .dslr, .drl.csv, .drl.xls, .drl.xlsx, 场景 .json 或说明 .md; 场景用的任务书和台账放在 data/ 目录"));
          yield null;
        }
        case DSL, SCENARIO, NOTE, DATA -> null;
      };
      if (source != null && source.drl().length() > limits.maxFileBytes()) {
        problems.add(new RuleProblem(path, 0, "", "\"" + path + "\" 展开或生成的 DRL 有 " + source.drl().length()
            + " 个字符, 超过上限 " + limits.maxFileBytes() + " (RuleLimits.maxFileBytes)"));
      } else if (source != null) {
        for (RuleProblem p : RuleSafety.check(source.compiledPath(), source.drl(), limits)) {
          problems.add(new RuleProblem(path, source.originalLine(p.line()), p.rule(), p.message()));
        }
        sources.put(source.compiledPath(), source);
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new PreparedRules(sources);
  }

  /**
   * The trusted default rules as they are, unchecked: only to place what happens at run time (the
   * precompiled defaults were checked when they were built).
   */
  static PreparedRules trusted(RuleSet defaults) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (String path : defaults.paths()) {
      if (FileKind.of(path) == FileKind.DRL) {
        sources.put(path, identity(path, text(defaults, path)));
      }
    }
    return new PreparedRules(sources);
  }

  /**
   * The analyst's file and line of {@code rule}, of {@code function f} or of {@code declare T}, with
   * {@code message}.
   */
  RuleProblem locateRule(String rule, String message) {
    String[] kindAndName = rule.split(" ", 2);
    boolean rulePart = !(kindAndName.length == 2 && Set.of("function", "declare").contains(kindAndName[0]));
    Pattern declaration = rulePart ? null : kindAndName[0].equals("function")
        ? Pattern.compile("^\\s*function\\s+[\\w<>\\[\\],.\\s]+?\\b" + Pattern.quote(kindAndName[1]) + "\\s*\\(")
        : Pattern.compile("^\\s*declare\\s+(?:enum\\s+)?" + Pattern.quote(kindAndName[1]) + "\\b");
    String located = rulePart ? message
        : (kindAndName[0].equals("function") ? "函数 \"" : "declare \"") + kindAndName[1] + "\": " + message;
    for (Source source : sources.values()) {
      String[] lines = source.drl().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (rulePart ? RuleHeader.name(lines[i]).filter(rule::equals).isPresent() : declaration.matcher(lines[i]).find()) {
          return new RuleProblem(source.file(), source.originalLine(i + 1), rulePart ? rule : "", located);
        }
      }
    }
    return new RuleProblem("", 0, rulePart ? rule : "", located);
  }

  /** Kinds of files in a rule set directory, told by name. */
  enum FileKind {
    DRL, DSL, DSLR, CSV_TABLE, XLS_TABLE, PLAIN_CSV, SCENARIO, NOTE, DATA, UNKNOWN;

    /** Whether Drools reads files of this kind (they are bounded by {@link RuleLimits#maxFileBytes()}). */
    boolean isRules() {
      return this == DRL || this == DSL || this == DSLR || this == CSV_TABLE || this == XLS_TABLE;
    }

    /** Name of the directories holding the books and ledgers scenarios name (not rules). */
    static final String DATA_DIRECTORY = "data";

    static FileKind of(String path) {
      String name = path.toLowerCase(java.util.Locale.ROOT);
      if (name.startsWith(DATA_DIRECTORY + "/") || name.contains("/" + DATA_DIRECTORY + "/")) {
        return DATA;
      } else if (name.endsWith(".drl")) {
        return DRL;
      } else if (name.endsWith(".dsl")) {
        return DSL;
      } else if (name.endsWith(".dslr")) {
        return DSLR;
      } else if (name.endsWith(".drl.csv")) {
        return CSV_TABLE;
      } else if (name.endsWith(".drl.xls") || name.endsWith(".drl.xlsx")) {
        return XLS_TABLE;
      } else if (name.endsWith(".csv") || name.endsWith(".xls") || name.endsWith(".xlsx")) {
        return PLAIN_CSV;
      } else if (name.endsWith(".json")) {
        return SCENARIO;
      } else if (name.endsWith(".md")) {
        return NOTE;
      }
      return UNKNOWN;
    }
  }

  /**
   * Where a compiler problem reported against {@code compiledPath}, DRL line {@code drlLine}, lies
   * in the analyst's file; searches for {@code snippet} (an expression Drools quotes) when the line
   * is unknown.
   */
  RuleProblem locate(String compiledPath, int drlLine, String snippet, String message) {
    Source source = sources.get(compiledPath);
    if (source == null) {
      return locateSnippet(snippet, message);
    }
    int line = drlLine;
    if (line <= 0 && snippet != null) {
      line = lineOf(source.drl(), snippet);
    }
    return new RuleProblem(source.file(), source.originalLine(line), ruleAt(source.drl(), line), message);
  }

  /** The problem placed where {@code snippet} occurs in any source; file "" and line 0 when nowhere. */
  RuleProblem locateSnippet(String snippet, String message) {
    if (snippet != null && !snippet.isBlank()) {
      for (Source source : sources.values()) {
        int line = lineOf(source.drl(), snippet);
        if (line > 0) {
          return new RuleProblem(source.file(), source.originalLine(line), ruleAt(source.drl(), line), message);
        }
      }
    }
    return new RuleProblem("", 0, "", message);
  }

  /** 1-based line of the first occurrence of {@code snippet} in {@code drl}, ignoring spacing; 0 if none. */
  static int lineOf(String drl, String snippet) {
    String wanted = snippet.replaceAll("\\s+", "");
    if (wanted.isEmpty()) {
      return 0;
    }
    String[] lines = drl.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].replaceAll("\\s+", "").contains(wanted)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Name of the rule DRL line {@code line} belongs to, "" outside rules. */
  static String ruleAt(String drl, int line) {
    String[] lines = drl.split("\n", -1);
    String rule = "";
    for (int i = 0; i < Math.min(line, lines.length); i++) {
      Optional<String> name = RuleHeader.name(lines[i]);
      if (name.isPresent()) {
        rule = name.get();
      } else if (lines[i].strip().equals("end") && i < line - 1) {
        rule = "";
      }
    }
    return rule;
  }

  private static Source identity(String path, String drl) {
    int lines = drl.split("\n", -1).length;
    int[] map = new int[lines];
    for (int i = 0; i < lines; i++) {
      map[i] = i + 1;
    }
    return new Source(path, drl, map);
  }

  private static boolean loadDsl(
      String path, String text, DefaultExpander expander, RuleLimits limits, List<RuleProblem> problems) {
    String normalized = RuleSourceNormalizer.normalizeDsl(text);
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    try {
      file.parseAndLoad(new StringReader(normalized));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] lines = normalized.split("\n", -1);
    file.getErrors().forEach(error -> {
      int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
      String message = error.getMessage();
      if (error instanceof org.drools.drl.parser.ParserError parserError && line >= 1 && line <= lines.length) {
        int column = parserError.getCol();
        String lineText = lines[line - 1];
        if (column >= 0 && column < lineText.length()) {
          int c = lineText.codePointAt(column);
          message = "DSL 文件不能含有字符 \"" + Character.toString(c) + "\" (U+"
              + String.format("%04X", c) + "), 在 \"" + lineText.strip() + "\" 中";
        }
      }
      problems.add(new RuleProblem(path, Math.max(0, line), "", message));
    });
    if (file.getErrors().isEmpty()) {
      List<DSLMappingEntry> chain = longestChain(file.getMapping().getEntries());
      if (chain.size() > limits.maxDslExpansionDepth()) {
        problems.add(new RuleProblem(path, lineOf(normalized, chain.get(0).getMappingKey()), "",
            "DSL 短语层层展开 " + chain.size() + " 层, 超过上限 " + limits.maxDslExpansionDepth()
                + " (RuleLimits.maxDslExpansionDepth): " + chain.stream().map(e -> "\"" + e.getMappingKey().strip() + "\"")
                    .collect(java.util.stream.Collectors.joining(" → "))));
        return false;
      }
      expander.addDSLMapping(file.getMapping());
      return true;
    }
    return false;
  }

  /**
   * The longest chain of DSL entries each of whose replacement contains the phrase of the next one
   * (Drools applies the entries in order, so a later entry expands what an earlier one wrote).
   */
  static List<DSLMappingEntry> longestChain(List<DSLMappingEntry> entries) {
    Map<Integer, List<DSLMappingEntry>> longest = new java.util.HashMap<>();
    List<DSLMappingEntry> best = List.of();
    for (int i = entries.size() - 1; i >= 0; i--) {
      DSLMappingEntry entry = entries.get(i);
      List<DSLMappingEntry> chain = new ArrayList<>(List.of(entry));
      for (int j = i + 1; j < entries.size(); j++) {
        DSLMappingEntry next = entries.get(j);
        boolean sameSection = next.getSection() == entry.getSection() || next.getSection() == DSLMappingEntry.KEYWORD
            || next.getSection() == DSLMappingEntry.ANY;
        if (sameSection && entry.getMappingValue() != null && next.getKeyPattern().matcher(entry.getMappingValue()).find()
            && longest.get(j).size() + 1 > chain.size()) {
          chain = new ArrayList<>(List.of(entry));
          chain.addAll(longest.get(j));
        }
      }
      longest.put(i, chain);
      if (chain.size() > best.size()) {
        best = chain;
      }
    }
    return best;
  }

  private static Source expand(String path, String text, DefaultExpander expander, List<RuleProblem> problems) {
    String normalized = RuleSourceNormalizer.normalize(text);
    if (expander == null) {
      problems.add(new RuleProblem(path, 0, "", "\"" + path + "\" 需要 DSL 文件 (.dsl), 但规则集中没有可用的 .dsl"));
      return identity(path, normalized);
    }
    String drl;
    try {
      drl = expander.expand(new StringReader(normalized));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (StackOverflowError | OutOfMemoryError e) {
      problems.add(new RuleProblem(path, 0, "", "DSL 展开失败: 展开结果太深或太大 (" + e.getClass().getSimpleName() + ")"));
      return null;
    }
    for (var error : expander.getErrors()) {
      Matcher phrase = UNABLE_TO_EXPAND.matcher(error.getMessage().strip());
      int line = error.getLine();
      problems.add(new RuleProblem(path, line, ruleAt(normalized, line), phrase.matches()
          ? "无法识别的 DSL 短语: \"" + phrase.group(1).strip() + "\""
          : error.getMessage()));
    }
    java.util.Set<Integer> reported = new java.util.HashSet<>();
    expander.getErrors().forEach(e -> reported.add(e.getLine()));
    expander.getErrors().clear();
    Source source = new Source(path, drl, alignLines(normalized, drl));
    // A phrase only partly matched (a shorter phrase is a prefix of it) leaves Chinese text outside
    // strings in the generated DRL: report the analyst's line as not understood.
    String[] generated = blankCommentsAndStrings(drl).split("\n", -1);
    String[] original = normalized.split("\n", -1);
    for (int i = 0; i < generated.length; i++) {
      int line = source.originalLine(i + 1);
      if (HAN.matcher(generated[i]).find() && !ANCHOR.matcher(generated[i]).matches() && reported.add(line)
          && line >= 1 && line <= original.length) {
        problems.add(new RuleProblem(path, line, ruleAt(normalized, line),
            "无法识别的 DSL 短语: \"" + original[line - 1].strip() + "\""));
      }
    }
    return source;
  }

  /**
   * Maps each line of {@code generated} to a line of {@code original} by matching their structure
   * lines (rule, when, then, end, package, import …) in order. Between two anchors, the i-th
   * generated line is the i-th original line that is not a constraint line ("- …", which the
   * expander merges into the line before it); extra generated lines map to the section's last line.
   */
  static int[] alignLines(String original, String generated) {
    String[] originalLines = original.split("\n", -1);
    List<Integer> originalAnchors = anchors(original);
    List<Integer> generatedAnchors = anchors(generated);
    String[] lines = generated.split("\n", -1);
    int[] map = new int[lines.length];
    int anchor = -1;
    List<Integer> section = List.of();
    int sectionStart = 0;
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      if (anchor + 1 < generatedAnchors.size() && generatedAnchors.get(anchor + 1) == line) {
        anchor++;
        sectionStart = line;
        section = anchor < originalAnchors.size()
            ? sectionLines(originalLines, originalAnchors.get(anchor),
                anchor + 1 < originalAnchors.size() ? originalAnchors.get(anchor + 1) : originalLines.length + 1)
            : List.of();
      }
      if (anchor < 0 || section.isEmpty()) {
        map[i] = Math.min(line, originalLines.length);
      } else {
        map[i] = section.get(Math.min(line - sectionStart, section.size() - 1));
      }
    }
    return map;
  }

  /** 1-based lines from {@code from} (an anchor) up to {@code to}, constraint lines left out. */
  private static List<Integer> sectionLines(String[] lines, int from, int to) {
    List<Integer> section = new ArrayList<>();
    for (int line = from; line < to; line++) {
      if (line == from || !lines[line - 1].strip().startsWith("-")) {
        section.add(line);
      }
    }
    return section;
  }

  private static List<Integer> anchors(String text) {
    List<Integer> anchors = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (ANCHOR.matcher(lines[i]).matches()) {
        anchors.add(i + 1);
      }
    }
    return anchors;
  }

  private static Source table(String path, byte[] content, InputType type, List<RuleProblem> problems) {
    String drl;
    try {
      drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      problems.add(new RuleProblem(path, tableRow(e.getMessage()), "", "决策表无法读取: " + firstLine(e)));
      return null;
    }
    String[] lines = drl.split("\n", -1);
    int[] map = new int[lines.length];
    int row = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = TABLE_ROW.matcher(lines[i]);
      if (m.find()) {
        row = Integer.parseInt(m.group(1));
      }
      map[i] = row;
    }
    // The generated header (package, imports) precedes the first rule: report it against row 1.
    for (int i = 0; i < map.length && map[i] == 0; i++) {
      map[i] = 1;
    }
    return new Source(path, drl, map);
  }

  private static final Pattern CELL = Pattern.compile("\\b[A-Z]{1,3}(\\d+)\\b");

  /** The row a decision-table error names ("… at cell B12 …"), 0 when none. */
  private static int tableRow(String message) {
    if (message == null) {
      return 0;
    }
    Matcher m = CELL.matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static String text(RuleSet rules, String path) {
    String text = new String(rules.content(path), StandardCharsets.UTF_8);
    return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
  }

  /**
   * {@code text} with comments and the contents of string and character literals replaced by
   * spaces; offsets and line breaks are kept.
   */
  static String blankCommentsAndStrings(String text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        blank(out, i, end);
        i = end;
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        blank(out, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        blank(out, i + 1, Math.min(j, text.length()));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '\n') {
        text.setCharAt(i, ' ');
      }
    }
  }
}
