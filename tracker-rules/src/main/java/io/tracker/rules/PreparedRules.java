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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * An analyst's rule set turned into plain DRL for the compiler, every DRL line traceable to the
 * file and line the analyst wrote. DSL files are normalised ({@link RuleSourceNormalizer}) and
 * applied to the .dslr files; decision tables are turned into DRL with Drools' own
 * {@link SpreadsheetCompiler}; every resulting DRL passes the {@link RuleSafety} check. Problems in
 * any file are collected, so an analyst sees all of them at once.
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

  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|'[^']*'|\\S+)");
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
  static PreparedRules prepare(RuleSet rules) {
    List<RuleProblem> problems = new ArrayList<>();
    DefaultExpander expander = new DefaultExpander();
    boolean haveDsl = false;
    for (String path : rules.paths()) {
      if (FileKind.of(path) == FileKind.DSL) {
        haveDsl |= loadDsl(path, text(rules, path), expander, problems);
      }
    }
    Map<String, Source> sources = new LinkedHashMap<>();
    for (String path : rules.paths()) {
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
      if (source != null) {
        for (RuleProblem p : RuleSafety.check(source.compiledPath(), source.drl())) {
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

  /** Kinds of files in a rule set directory, told by name. */
  enum FileKind {
    DRL, DSL, DSLR, CSV_TABLE, XLS_TABLE, PLAIN_CSV, SCENARIO, NOTE, DATA, UNKNOWN;

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
      Matcher m = RULE.matcher(lines[i]);
      if (m.find()) {
        String name = m.group(1);
        rule = name.startsWith("\"") || name.startsWith("'") ? name.substring(1, name.length() - 1) : name;
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

  private static boolean loadDsl(String path, String text, DefaultExpander expander, List<RuleProblem> problems) {
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
      expander.addDSLMapping(file.getMapping());
      return true;
    }
    return false;
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
    String[] generated = RuleSafety.blankCommentsAndStrings(drl).split("\n", -1);
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
    } catch (RuntimeException e) {
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
}
