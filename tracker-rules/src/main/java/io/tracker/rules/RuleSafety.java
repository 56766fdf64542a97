package io.tracker.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that an analyst's rule file uses only allowed types and calls. Analysts' rules are not
 * trusted code: Drools compiles a rule's conditions and consequence to Java, so a rule could
 * otherwise call {@code System.exit} or start a process. This is a static check of the DRL text
 * (after DSL expansion and decision-table generation) against an allow-list:
 *
 * <ul>
 *   <li>types of the library's fact and value packages ({@code io.tracker.rules}, {@code .target},
 *       {@code .quantity}, {@code .task}, {@code .ledger}) except those that read, write or compile;
 *   <li>{@code java.lang} numbers, strings and maths, {@code java.math}, {@code java.time} and the
 *       collection and stream types of {@code java.util};
 *   <li>types the rule files declare themselves ({@code declare}).
 * </ul>
 *
 * Everything else is refused: other {@code java.lang} types (System, Runtime, ProcessBuilder,
 * Thread, Class, ClassLoader), reflection ({@code getClass}, {@code forName}, {@code getMethod},
 * {@code invoke}, {@code .class}), {@code java.io/nio/net}, JNDI, scripting, access to the engine
 * behind the rule ({@code getKieRuntime}), reading the clock ({@code now()}: today is the as-of
 * fact) and Unicode escapes (which Java decodes before it reads strings or comments).
 */
final class RuleSafety {
  private static final Set<String> JAVA_LANG_ALLOWED = Set.of(
      "Math", "StrictMath", "String", "StringBuilder", "CharSequence", "Character", "Integer", "Long",
      "Short", "Byte", "Double", "Float", "Boolean", "Number", "Comparable", "Object", "Iterable",
      "Enum", "Record", "Override", "SuppressWarnings", "RuntimeException", "IllegalArgumentException",
      "IllegalStateException", "ArithmeticException");

  /** Packages whose every public type may be used. */
  private static final Set<String> PACKAGES_ALLOWED = Set.of(
      "java.math", "java.time", "java.time.temporal", "java.time.format", "java.util.stream",
      "java.util.function", "io.tracker.rules", "io.tracker.rules.fact", "io.tracker.target", "io.tracker.quantity",
      "io.tracker.task", "io.tracker.ledger");

  private static final Set<String> JAVA_UTIL_ALLOWED = Set.of(
      "List", "Map", "Set", "Collection", "Optional", "OptionalInt", "OptionalLong", "OptionalDouble",
      "Objects", "Comparator", "ArrayList", "LinkedList", "HashMap", "HashSet", "LinkedHashMap",
      "LinkedHashSet", "TreeMap", "TreeSet", "Arrays", "Collections", "StringJoiner", "Locale");

  /** Library types in allowed packages that read files, compile rules or run assessments. */
  private static final Pattern LIBRARY_DENIED =
      Pattern.compile("io\\.tracker\\..*\\.(\\w*(Reader|Writer|Loader|Compiler|Assessor|Runner|Json)|RuleSet|RuleDiff)");

  /** Calls refused on any receiver: reflection, class loading, process control, the engine, the clock. */
  private static final Set<String> CALLS_DENIED = Set.of(
      "getClass", "forName", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
      "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
      "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "invoke",
      "invokeExact", "setAccessible", "getClassLoader", "loadClass", "defineClass", "exit", "halt",
      "exec", "getRuntime", "getenv", "getProperty", "setProperty", "lookup", "getEngineByName",
      "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint",
      "getChannels", "getSession", "wait", "notify", "notifyAll", "now");

  private static final Set<String> PACKAGE_PREFIXES_DENIED =
      Set.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.drools.", "org.kie.");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+|function\\s+|accumulate\\s+)?([\\w.]+?)(\\.\\*)?\\s*;?\\s*$");
  private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+(?:trait\\s+|enum\\s+)?([A-Za-z_]\\w*)");
  private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w$.])((?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(\"[^\"\\n]*\"|'[^'\\n]*'|\\S+)");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{0,4}");

  private RuleSafety() {}

  /** Problems in {@code drl}, by line of {@code drl}, reported against {@code file}. */
  static List<RuleProblem> check(String file, String drl) {
    return new Scan(file, drl).run();
  }

  /** One pass over one file. */
  private static final class Scan {
    private final String file;
    private final String text;
    private final String code;
    private final int[] lineStarts;
    private final List<Integer> ruleStarts = new ArrayList<>();
    private final List<String> ruleNames = new ArrayList<>();
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Set<String> imported = new HashSet<>();
    private final Set<String> declared = new HashSet<>();
    private final List<String> openPackages = new ArrayList<>();

    Scan(String file, String text) {
      this.file = file;
      this.text = text;
      this.code = blankCommentsAndStrings(text);
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    List<RuleProblem> run() {
      Matcher rules = RULE.matcher(code);
      while (rules.find()) {
        ruleStarts.add(rules.start(1));
        String name = text.substring(rules.start(1), rules.end(1));
        ruleNames.add(name.startsWith("\"") || name.startsWith("'") ? name.substring(1, name.length() - 1) : name);
      }
      Matcher escapes = UNICODE_ESCAPE.matcher(text);
      while (escapes.find()) {
        report(escapes.start(), "不允许使用 Unicode 转义 \"" + escapes.group()
            + "\": Java 在读字符串和注释之前就会解码它, 请直接输入字符");
      }
      StringBuilder body = new StringBuilder(code);
      Matcher pkg = PACKAGE.matcher(code);
      if (pkg.find()) {
        String name = pkg.group(1);
        if (PACKAGE_PREFIXES_DENIED.stream().anyMatch(p -> (name + ".").startsWith(p))) {
          report(pkg.start(1), "不允许的包名 \"" + name + "\": 规则文件不能放在 Java 或 Drools 自己的包里");
        }
        openPackages.add(name);
        blank(body, pkg.start(), pkg.end());
      }
      Matcher imports = IMPORT.matcher(code);
      while (imports.find()) {
        checkImport(imports.group(1), imports.group(2) != null, imports.start(1));
        blank(body, imports.start(), imports.end());
      }
      Matcher declares = DECLARE.matcher(code);
      while (declares.find()) {
        declared.add(declares.group(1));
      }
      String rest = body.toString();
      Matcher qualified = QUALIFIED.matcher(rest);
      StringBuilder unqualified = new StringBuilder(rest);
      while (qualified.find()) {
        String pkgName = qualified.group(1).substring(0, qualified.group(1).length() - 1);
        if (!typeAllowed(pkgName, qualified.group(2))) {
          report(qualified.start(), "不允许使用 \"" + pkgName + "." + qualified.group(2) + "\"" + ALLOWED_HINT);
        }
        blank(unqualified, qualified.start(), qualified.end());
      }
      checkIdentifiers(unqualified.toString());
      // One problem per line: "System.exit" is one misuse, not two.
      java.util.Map<Integer, RuleProblem> firstPerLine = new java.util.TreeMap<>();
      problems.forEach(p -> firstPerLine.putIfAbsent(p.line(), p));
      return List.copyOf(firstPerLine.values());
    }

    private void checkImport(String name, boolean wildcard, int offset) {
      if (wildcard) {
        if (PACKAGES_ALLOWED.contains(name)) {
          openPackages.add(name);
        } else {
          report(offset, "不允许导入 \"" + name + ".*\"" + ALLOWED_HINT);
        }
        return;
      }
      // import static a.b.C.member / import function a.b.C.member: check the class part.
      String[] parts = name.split("\\.");
      int typeIndex = -1;
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
          typeIndex = i;
          break;
        }
      }
      if (typeIndex < 1) {
        report(offset, "无法识别的导入 \"" + name + "\": 应为 包名.类名");
        return;
      }
      String pkgName = String.join(".", java.util.Arrays.copyOfRange(parts, 0, typeIndex));
      String type = parts[typeIndex];
      if (!typeAllowed(pkgName, type)) {
        report(offset, "不允许导入 \"" + name + "\"" + ALLOWED_HINT);
        return;
      }
      if (typeIndex + 1 < parts.length && CALLS_DENIED.contains(parts[parts.length - 1])) {
        report(offset, "不允许导入 \"" + name + "\"" + ALLOWED_HINT);
        return;
      }
      imported.add(typeIndex == parts.length - 1 ? type : parts[parts.length - 1]);
    }

    private void checkIdentifiers(String source) {
      Matcher ids = IDENTIFIER.matcher(source);
      while (ids.find()) {
        String id = ids.group();
        char before = previousNonSpace(source, ids.start());
        char after = nextNonSpace(source, ids.end());
        if (before == '.' && id.equals("class")) {
          report(ids.start(), "不允许使用类字面量 \".class\" (反射)");
        } else if (after == '(' && CALLS_DENIED.contains(id)) {
          report(ids.start(), id.equals("now")
              ? "不允许调用 \"now()\": 规则里的\"今天\"是评估日期 (AsOf 事实), 不读系统时钟"
              : "不允许调用 \"" + id + "(...)\"" + ALLOWED_HINT);
        } else if (before != '.' && before != '@' && Character.isUpperCase(id.charAt(0)) && !nameAllowed(id)) {
          report(ids.start(), "不允许使用 \"" + id + "\"" + ALLOWED_HINT);
        }
      }
    }

    private boolean nameAllowed(String simpleName) {
      if (declared.contains(simpleName) || imported.contains(simpleName) || JAVA_LANG_ALLOWED.contains(simpleName)) {
        return true;
      }
      if (classExists("java.lang." + simpleName)) {
        return false;
      }
      for (String pkg : openPackages) {
        if (classExists(pkg + "." + simpleName)) {
          return typeAllowed(pkg, simpleName);
        }
      }
      // Not a type we can see: a constant, an enum value, or a name the compiler will reject.
      return true;
    }

    private void report(int offset, String message) {
      int line = lineOf(offset);
      String rule = "";
      for (int i = 0; i < ruleStarts.size() && ruleStarts.get(i) <= offset; i++) {
        rule = ruleNames.get(i);
      }
      problems.add(new RuleProblem(file, line, rule, message));
    }

    private int lineOf(int offset) {
      int line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
        line++;
      }
      return line + 1;
    }
  }

  private static final String ALLOWED_HINT =
      ": 规则只能使用事实和辅助类型, java.lang 的数字/字符串/数学, java.math, java.time 和集合 (见 docs/rules.md 信任模型)";

  static boolean typeAllowed(String pkg, String type) {
    String qualified = pkg + "." + type;
    if (pkg.equals("java.lang")) {
      return JAVA_LANG_ALLOWED.contains(type);
    }
    if (pkg.equals("java.util")) {
      return JAVA_UTIL_ALLOWED.contains(type);
    }
    return PACKAGES_ALLOWED.contains(pkg) && !LIBRARY_DENIED.matcher(qualified).matches();
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name, false, RuleSafety.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '\n') {
        text.setCharAt(i, ' ');
      }
    }
  }

  private static char previousNonSpace(String s, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return '\n';
  }

  private static char nextNonSpace(String s, int index) {
    for (int i = index; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return '\n';
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
}
