package io.tracker.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * The source check of analysts' rules (规则源码检查), the first of two layers (the second is
 * {@link RuleBytecode}). It reads a DRL file (a DSLR after expansion, a table after generation)
 * with Drools' own DRL parser, then every piece of Java in it — consequences, functions, conditions,
 * {@code from}, {@code eval}, {@code accumulate} code, initial values of declared fields, salience —
 * with JavaParser (Drools' DRLX parser for conditions), so that names are real tokens whatever the
 * spacing, line breaks, comments or string forms around them. Every name is resolved the way the
 * compiler resolves it (declared, imported, static-imported, the rule package, {@code java.lang},
 * wildcard imports, fully qualified, method references) and checked against {@link RuleAllowList}.
 *
 * <p>It also refuses what would let a rule run without end or reach the host: loops, lambdas,
 * anonymous and local classes, recursive functions, {@code synchronized}, class literals, queries,
 * entry points, windows, timers and calendars, rule annotations, the MVEL dialect, custom accumulate
 * function classes, {@code declare} of a name that is already a class, and Unicode escapes (Java
 * decodes them before it reads strings or comments). Each problem is reported with its line and rule.
 */
final class RuleSafety {
  private static final Set<String> RESERVED_PACKAGES = Set.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie");
  private static final Set<String> ALLOWED_ATTRIBUTES = Set.of(
      "salience", "enabled", "no-loop", "lock-on-active", "agenda-group", "activation-group",
      "ruleflow-group", "auto-focus", "dialect");
  private static final Set<String> ALLOWED_DECLARE_ANNOTATIONS = Set.of("key", "position", "propertyReactive", "classReactive");
  private static final Set<String> DROOLS_CALLS = Set.of("insert", "insertLogical", "update", "modify", "delete", "retract");
  private static final Set<String> DROOLS_VARIABLE_CALLS = Set.of("getRule", "insert", "insertLogical", "update", "delete", "retract");
  private static final Set<String> RULE_CALLS = Set.of("getName", "getPackageName", "getId", "getMetaData");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{0,4}");
  private static final Map<String, Boolean> CLASSES = new ConcurrentHashMap<>();
  private static final String DECLARED = "<declared>";

  private RuleSafety() {}

  /** Problems in {@code drl}, by line of {@code drl}, reported against {@code file}. */
  static List<RuleProblem> check(String file, String drl) {
    return check(file, drl, RuleLimits.defaults());
  }

  /** Problems in {@code drl} under {@code limits}, by line of {@code drl}, reported against {@code file}. */
  static List<RuleProblem> check(String file, String drl, RuleLimits limits) {
    Scan scan = new Scan(file, drl);
    try {
      scan.run(limits);
    } catch (StackOverflowError e) {
      scan.report(1, "", "规则文件结构嵌套太深, 无法检查 (请拆开长表达式)");
    }
    // One problem per line, the leftmost: "System.exit" is one misuse, not two.
    Map<Integer, Located> firstPerLine = new TreeMap<>();
    scan.problems.forEach(p -> firstPerLine.merge(p.problem().line(), p, (a, b) -> b.column() < a.column() ? b : a));
    return firstPerLine.values().stream().map(Located::problem).toList();
  }

  /** A problem and its column on its line (to keep the leftmost problem of a line). */
  private record Located(RuleProblem problem, int column) {}

  /** One file. */
  private static final class Scan {
    private final String file;
    private final String text;
    private final int[] lineStarts;
    private final List<Located> problems = new ArrayList<>();
    private final Map<String, String> imports = new HashMap<>();
    private final List<String> wildcardPackages = new ArrayList<>();
    private final Map<String, String> staticMembers = new HashMap<>();
    private final List<String> staticWildcards = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();
    private final Set<String> globals = new HashSet<>();
    private final Map<String, FunctionDescr> functions = new LinkedHashMap<>();
    private final Map<String, Set<String>> calls = new HashMap<>();
    private String pkg = "";

    Scan(String file, String text) {
      this.file = file;
      this.text = text;
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    void run(RuleLimits limits) {
      Matcher escapes = UNICODE_ESCAPE.matcher(text);
      while (escapes.find()) {
        int line = lineOf(escapes.start());
        report(line, PreparedRules.ruleAt(text, line), "不允许使用 Unicode 转义 \"" + escapes.group()
            + "\": Java 在读字符串和注释之前就会解码它, 请直接输入字符");
      }
      Nesting.deepest(text).filter(n -> n.depth() > limits.maxNestingDepth()).ifPresent(n -> report(lineOf(n.offset()),
          PreparedRules.ruleAt(text, lineOf(n.offset())),
          "括号嵌套超过 " + limits.maxNestingDepth() + " 层: 请把表达式拆开 (上限见 RuleLimits.maxNestingDepth)"));
      if (!problems.isEmpty()) {
        return; // the parsers below would decode escapes differently or recurse too deep
      }
      DrlParser parser = new DrlParser();
      PackageDescr descr;
      try {
        descr = parser.parse(false, text);
      } catch (DroolsParserException e) {
        return; // the compiler reports the syntax error with its line
      }
      if (parser.hasErrors() || descr == null) {
        return;
      }
      pkg = descr.getName() == null ? "" : descr.getName();
      if (!pkg.isEmpty() && RESERVED_PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) {
        report(descr.getLine() > 0 ? descr.getLine() : 1, "", "不允许的包名 \"" + pkg + "\": 规则文件不能放在 Java 或 Drools 自己的包里");
      }
      readImports(descr);
      descr.getGlobals().forEach(this::checkGlobal);
      descr.getClassAndEnumDeclarationDescrs().forEach(d -> declared.add(d.getTypeName()));
      descr.getTypeDeclarations().forEach(this::checkDeclare);
      descr.getEnumDeclarations().forEach(this::checkEnum);
      descr.getEntryPointDeclarations().forEach(d -> report(d.getLine(), "", "不允许声明入口 (entry-point): 评估只用插入的事实"));
      descr.getWindowDeclarations().forEach(d -> report(d.getLine(), "", "不允许声明窗口 (window): 窗口依赖时钟"));
      descr.getAttributes().forEach(a -> checkAttribute(a, ""));
      descr.getFunctions().forEach(f -> functions.put(f.getName(), f));
      descr.getFunctions().forEach(this::checkFunction);
      checkRecursion();
      descr.getRules().forEach(this::checkRule);
    }

    // ---- package level -------------------------------------------------------------------------

    private void readImports(PackageDescr descr) {
      for (ImportDescr i : descr.getImports()) {
        String target = i.getTarget().strip();
        if (target.endsWith(".*")) {
          String name = target.substring(0, target.length() - 2);
          if (allowedPackage(name)) {
            wildcardPackages.add(name);
          } else {
            report(i.getLine(), "", "不允许导入 \"" + target + "\"" + RuleAllowList.HINT);
          }
        } else if (!typeAllowed(target)) {
          report(i.getLine(), "", "不允许导入 \"" + target + "\"" + RuleAllowList.HINT);
        } else {
          imports.put(target.substring(target.lastIndexOf('.') + 1), binaryName(target));
        }
      }
      for (FunctionImportDescr i : descr.getFunctionImports()) {
        String target = i.getTarget().strip();
        int dot = target.lastIndexOf('.');
        String owner = dot < 0 ? "" : target.substring(0, dot);
        String member = target.substring(dot + 1);
        Optional<String> refusal = typeAllowed(owner) ? memberRefusal(binaryName(owner), member) : Optional.of("");
        if (refusal.isPresent()) {
          report(i.getLine(), "", "不允许导入 \"" + target + "\"" + (refusal.get().isEmpty() ? RuleAllowList.HINT : ": " + refusal.get()));
        } else if (member.equals("*")) {
          staticWildcards.add(binaryName(owner));
        } else {
          staticMembers.put(member, binaryName(owner));
        }
      }
      for (AccumulateImportDescr i : descr.getAccumulateImports()) {
        report(i.getLine(), "", "不允许导入累计函数类 \"" + i.getTarget() + "\": 请用 Drools 自带的 sum/count/min/max/average/collectList/collectSet");
      }
    }

    private void checkGlobal(GlobalDescr global) {
      globals.add(global.getIdentifier());
      checkTypeText(global.getType(), global.getLine(), "");
    }

    private void checkDeclare(TypeDeclarationDescr d) {
      if (d.isTrait()) {
        report(d.getLine(), "", "不允许声明 trait \"" + d.getTypeName() + "\"");
        return;
      }
      checkNewTypeName(d.getTypeName(), d.getNamespace(), d.getLine());
      for (QualifiedName superType : d.getSuperTypes()) {
        boolean samePackage = namespace(superType.getNamespace()).equals(namespace(d.getNamespace()));
        if (!declared.contains(superType.getName()) || !samePackage) {
          report(d.getLine(), "", "declare \"" + d.getTypeName() + "\" 只能继承本规则包里 declare 的类型, 不能继承 \"" + superType.getFullName() + "\"");
        }
      }
      checkAnnotations(d, d.getLine());
      d.getFields().values().forEach(this::checkField);
    }

    /** A declaration's namespace, the rule package when the name is not qualified. */
    private String namespace(String namespace) {
      return namespace == null || namespace.isEmpty() ? pkg : namespace;
    }

    private void checkEnum(EnumDeclarationDescr d) {
      checkNewTypeName(d.getTypeName(), d.getNamespace(), d.getLine());
      checkAnnotations(d, d.getLine());
      d.getFields().values().forEach(this::checkField);
      for (EnumLiteralDescr literal : d.getLiterals()) {
        for (String argument : literal.getConstructorArgs()) {
          checkExpression(argument, literal.getLine() > 0 ? literal.getLine() : d.getLine(), "", Set.of());
        }
      }
    }

    /** A declared type must be new: in the rule package, and not the name of a class that exists. */
    private void checkNewTypeName(String name, String namespace, int line) {
      if (name.contains(".") || !namespace(namespace).equals(pkg)) {
        report(line, "", "declare \"" + (namespace == null || namespace.isEmpty() ? "" : namespace + ".") + name
            + "\": declare 只能在本规则包 \"" + pkg + "\" 里定义新类型");
        return;
      }
      String existing = existingType(name);
      if (existing != null) {
        report(line, "", "declare \"" + name + "\" 与已有的类 \"" + existing
            + "\" 同名: declare 只能定义新类型, 不能遮盖或重新声明已有的类");
      }
    }

    private void checkAnnotations(AnnotatedBaseDescr d, int line) {
      for (AnnotationDescr a : d.getAnnotations()) {
        if (!ALLOWED_DECLARE_ANNOTATIONS.contains(a.getName())) {
          report(a.getLine() > 0 ? a.getLine() : line, "", "不允许的注解 \"@" + a.getName()
              + "\": declare 只能用 @key, @position, @propertyReactive (事件和时间注解依赖时钟)");
        }
      }
    }

    private void checkField(TypeFieldDescr field) {
      int line = field.getLine() > 0 ? field.getLine() : 1;
      checkAnnotations(field, line);
      if (field.getPattern() != null) {
        checkTypeText(field.getPattern().getObjectType(), line, "");
      }
      if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
        checkExpression(field.getInitExpr(), line, "", Set.of());
      }
    }

    private void checkAttribute(AttributeDescr attribute, String rule) {
      String name = attribute.getName();
      int line = attribute.getLine() > 0 ? attribute.getLine() : 1;
      if (!ALLOWED_ATTRIBUTES.contains(name)) {
        report(line, rule, "不允许的规则属性 \"" + name + "\""
            + (Set.of("timer", "calendars", "duration", "date-effective", "date-expires").contains(name)
                ? ": 它依赖时钟, 规则里的\"今天\"是评估日期" : ""));
      } else if (name.equals("dialect") && !attribute.getValue().strip().equals("java")) {
        report(line, rule, "不允许的方言 \"" + attribute.getValue() + "\": 规则代码只能用 java 方言");
      } else if ((name.equals("salience") || name.equals("enabled")) && !attribute.getValue().strip().matches("-?\\d+|true|false")) {
        checkExpression(attribute.getValue(), line, rule, Set.of());
      }
    }

    // ---- functions ----------------------------------------------------------------------------

    private void checkFunction(FunctionDescr f) {
      Set<String> variables = new HashSet<>(f.getParameterNames());
      checkTypeText(f.getReturnType(), f.getLine(), "");
      f.getParameterTypes().forEach(t -> checkTypeText(t, f.getLine(), ""));
      Set<String> called = new HashSet<>();
      checkBlock(f.getBody(), lineOfText(f.getBody(), f.getLine()), "", variables, called);
      calls.put(f.getName(), called);
    }

    private void checkRecursion() {
      for (String start : functions.keySet()) {
        List<String> cycle = cycleFrom(start, start, new ArrayList<>(List.of(start)), new HashSet<>());
        if (cycle != null) {
          report(functions.get(start).getLine(), "", "函数 \"" + start + "\" 递归调用 (" + String.join(" → ", cycle)
              + "): 规则代码里不能有递归");
        }
      }
    }

    private List<String> cycleFrom(String start, String at, List<String> path, Set<String> seen) {
      for (String next : calls.getOrDefault(at, Set.of())) {
        if (next.equals(start)) {
          List<String> cycle = new ArrayList<>(path);
          cycle.add(start);
          return cycle;
        }
        if (functions.containsKey(next) && seen.add(next)) {
          path.add(next);
          List<String> found = cycleFrom(start, next, path, seen);
          if (found != null) {
            return found;
          }
          path.remove(path.size() - 1);
        }
      }
      return null;
    }

    // ---- rules --------------------------------------------------------------------------------

    private void checkRule(RuleDescr rule) {
      String name = rule.getName();
      if (rule.isQuery()) {
        report(rule.getLine(), name, "不允许查询 (query): 评估只读取规则推出的事实");
        return;
      }
      for (AnnotationDescr a : rule.getAnnotations()) {
        report(a.getLine() > 0 ? a.getLine() : rule.getLine(), name, "不允许的规则注解 \"@" + a.getName() + "\"");
      }
      rule.getAttributes().values().forEach(a -> checkAttribute(a, name));
      Set<String> variables = new HashSet<>();
      collectBindings(rule.getLhs(), variables);
      checkLhs(rule.getLhs(), rule.getLine(), name, variables);
      Object consequence = rule.getConsequence();
      if (consequence instanceof String code && !code.isBlank()) {
        checkBlock(code, lineOfText(code, rule.getConsequenceLine()), name, variables, new HashSet<>());
      }
      rule.getNamedConsequences().forEach((label, named) -> {
        if (named instanceof String code && !code.isBlank()) {
          checkBlock(code, lineOfText(code, rule.getLine()), name, variables, new HashSet<>());
        }
      });
    }

    private void collectBindings(BaseDescr d, Set<String> variables) {
      if (d instanceof PatternDescr p) {
        if (p.getIdentifier() != null) {
          variables.add(p.getIdentifier());
        }
        p.getDescrs().forEach(c -> collectBindings(c, variables));
        if (p.getSource() != null) {
          collectBindings(p.getSource(), variables);
        }
      } else if (d instanceof ExprConstraintDescr e) {
        Matcher bind = Pattern.compile("^\\s*([\\w$]+)\\s*:(?!=)").matcher(e.getExpression());
        if (bind.find()) {
          variables.add(bind.group(1));
        }
      } else if (d instanceof AccumulateDescr a) {
        a.getFunctions().forEach(f -> {
          if (f.getBind() != null) {
            variables.add(f.getBind());
          }
        });
        if (a.getInput() != null) {
          collectBindings(a.getInput(), variables);
        }
      } else if (d instanceof ConditionalElementDescr ce) {
        ce.getDescrs().forEach(c -> collectBindings((BaseDescr) c, variables));
      }
    }

    private void checkLhs(BaseDescr d, int fallbackLine, String rule, Set<String> variables) {
      int line = d.getLine() > 0 ? d.getLine() : fallbackLine;
      if (d instanceof PatternDescr p) {
        checkPattern(p, line, rule, variables);
      } else if (d instanceof EvalDescr e) {
        checkExpression(String.valueOf(e.getContent()), line, rule, variables);
      } else if (d instanceof ForallDescr f) {
        f.getDescrs().forEach(c -> checkLhs(c, line, rule, variables));
      } else if (d instanceof ConditionalBranchDescr b) {
        for (ConditionalBranchDescr branch = b; branch != null; branch = branch.getElseBranch()) {
          if (branch.getCondition() != null) {
            checkExpression(String.valueOf(branch.getCondition().getContent()), line, rule, variables);
          }
        }
      } else if (d instanceof NamedConsequenceDescr) {
        return; // its code is among the rule's named consequences
      } else if (d instanceof ConditionalElementDescr ce && !(d instanceof PatternDescr)
          && ce.getClass().getSimpleName().matches("AndDescr|OrDescr|NotDescr|ExistsDescr")) {
        ce.getDescrs().forEach(c -> checkLhs((BaseDescr) c, line, rule, variables));
      } else {
        report(line, rule, "不支持的条件写法 \"" + d.getClass().getSimpleName().replace("Descr", "") + "\"");
      }
    }

    private void checkPattern(PatternDescr p, int line, String rule, Set<String> variables) {
      if (p.isQuery()) {
        report(line, rule, "不允许调用查询 (query)");
        return;
      }
      if (!p.getBehaviors().isEmpty()) {
        report(line, rule, "不允许滑动窗口 (over window): 窗口依赖时钟");
      }
      if (p.getObjectType() != null) {
        checkTypeText(p.getObjectType(), line, rule);
      }
      for (BaseDescr constraint : p.getDescrs()) {
        int at = constraint.getLine() > 0 ? constraint.getLine() : line;
        if (constraint instanceof ExprConstraintDescr e) {
          checkExpression(e.getExpression(), at, rule, variables);
        } else {
          checkLhs(constraint, at, rule, variables);
        }
      }
      BaseDescr source = p.getSource();
      if (source == null) {
        return;
      }
      int at = source.getLine() > 0 ? source.getLine() : line;
      if (source instanceof FromDescr from) {
        checkExpression(from.getDataSource().getText(), at, rule, variables);
      } else if (source instanceof CollectDescr collect) {
        checkLhs(collect.getInputPattern(), at, rule, variables);
      } else if (source instanceof AccumulateDescr acc) {
        checkAccumulate(acc, at, rule, variables);
      } else if (source.getClass().getSimpleName().equals("EntryPointDescr")) {
        report(at, rule, "不允许从入口 (entry-point) 取事实: 评估只用插入的事实");
      } else {
        report(at, rule, "不支持的事实来源 \"" + source.getClass().getSimpleName().replace("Descr", "") + "\"");
      }
    }

    private void checkAccumulate(AccumulateDescr acc, int line, String rule, Set<String> variables) {
      if (acc.getInput() != null) { // its patterns (getDescrs() is empty for the input)
        checkLhs(acc.getInput(), line, rule, variables);
      }
      for (AccumulateDescr.AccumulateFunctionCallDescr function : acc.getFunctions()) {
        for (String parameter : function.getParams()) {
          checkExpression(parameter, line, rule, variables);
        }
      }
      Set<String> locals = new HashSet<>(variables);
      for (String code : new String[] {acc.getInitCode(), acc.getActionCode(), acc.getReverseCode()}) {
        if (code != null && !code.isBlank()) {
          checkBlock(code, lineOfText(code, line), rule, locals, new HashSet<>());
        }
      }
      if (acc.getResultCode() != null && !acc.getResultCode().isBlank()) {
        checkExpression(acc.getResultCode(), lineOfText(acc.getResultCode(), line), rule, locals);
      }
    }

    // ---- Java ---------------------------------------------------------------------------------

    private void checkBlock(String code, int line, String rule, Set<String> variables, Set<String> called) {
      Optional<BlockStmt> block = parseBlock(code);
      if (block.isEmpty()) {
        SyntaxError error = SyntaxError.of(code);
        report(line + error.line(), rule, error.message());
        return;
      }
      new JavaCheck(line, rule, variables, called).check(block.get());
    }

    private void checkExpression(String code, int line, String rule, Set<String> variables) {
      Optional<Node> expression = parseExpression(code);
      if (expression.isEmpty()) {
        report(line, rule, "无法解析的表达式: " + quote(code));
        return;
      }
      new JavaCheck(line, rule, variables, new HashSet<>()).check(expression.get());
    }

    private void checkTypeText(String type, int line, String rule) {
      if (type == null || type.isBlank()) {
        return;
      }
      ParseResult<Type> parsed = javaParser().parseType(type.strip());
      if (parsed.getResult().isEmpty()) {
        report(line, rule, "无法解析的类型: " + quote(type));
        return;
      }
      new JavaCheck(line, rule, Set.of(), new HashSet<>()).check(parsed.getResult().get());
    }

    /** The checks of one parsed piece of Java whose first line is {@code line} of the file. */
    private final class JavaCheck {
      private final int line;
      private final String rule;
      private final Set<String> variables;
      private final Set<String> called;

      JavaCheck(int line, String rule, Set<String> variables, Set<String> called) {
        this.line = line;
        this.rule = rule;
        this.variables = new HashSet<>(variables);
        this.called = called;
      }

      /** The line the parser numbered the first line of the piece (DRLX numbers from 0, Java from 1). */
      private int firstLine;

      void check(Node root) {
        firstLine = root.getBegin().map(p -> p.line).orElse(1);
        List<Node> nodes = preorder(root);
        for (Node n : nodes) {
          if (n instanceof VariableDeclarator v) {
            variables.add(v.getNameAsString());
          } else if (n instanceof Parameter p) {
            variables.add(p.getNameAsString());
          } else if (n instanceof DrlxExpression d && d.getBind() != null) {
            variables.add(d.getBind().asString());
          }
        }
        nodes.forEach(this::visit);
      }

      /** Column of the node being visited: where its name starts for a call, so the leftmost call is kept. */
      private int column;

      private void visit(Node n) {
        Node anchor = n instanceof MethodCallExpr call ? call.getName() : n;
        int at = line + anchor.getBegin().map(p -> p.line - firstLine).orElse(0);
        column = anchor.getBegin().map(p -> p.column).orElse(0);
        if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt) {
          report(at, column, rule, "不允许使用循环 \"" + (n instanceof DoStmt ? "do" : n instanceof WhileStmt ? "while" : "for")
              + "\": 规则代码里不能有循环或递归 (每条规则对每组匹配的事实执行一次; 汇总请用 accumulate)");
        } else if (n instanceof LambdaExpr) {
          report(at, column, rule, "不允许使用 lambda 表达式: 规则代码里不能有回调 (它们能组成循环); 汇总请用 accumulate");
        } else if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt
            || (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent())) {
          report(at, column, rule, "不允许在规则代码里定义类 (局部类或匿名类)");
        } else if (n instanceof SynchronizedStmt) {
          report(at, column, rule, "不允许使用 synchronized: 规则不能锁宿主的对象");
        } else if (n instanceof ClassExpr) {
          report(at, column, rule, "不允许使用类字面量 \".class\" (反射)");
        } else if (n instanceof ClassOrInterfaceType t && !(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType)) {
          checkName(names(t), at);
        } else if (n instanceof AnnotationExpr a) {
          checkName(List.of(a.getNameAsString().split("\\.")), at);
        } else if ((n instanceof NameExpr || n instanceof FieldAccessExpr) && topOfChain(n)) {
          List<String> chain = chain((Expression) n);
          if (chain != null) {
            checkName(chain, at);
          }
        } else if (n instanceof MethodCallExpr call) {
          checkCall(call.getScope().orElse(null), call.getNameAsString(), at);
        } else if (n instanceof MethodReferenceExpr ref) {
          checkMethodReference(ref, at);
        } else if (n.getClass().getSimpleName().equals("NullSafeMethodCallExpr")) {
          var call = (org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr) n;
          checkCall(call.getScope().orElse(null), call.getNameAsString(), at);
        }
      }

      /** Checks a (possibly qualified) name, written as {@code parts}, that may name a type. */
      private void checkName(List<String> parts, int at) {
        Resolved resolved = resolve(parts, variables);
        if (resolved != null && !resolved.binaryName().equals(DECLARED) && !typeAllowed(resolved.binaryName())) {
          report(at, column, rule, "不允许使用 \"" + String.join(".", parts.subList(0, resolved.consumed())) + "\"" + RuleAllowList.HINT);
        } else if (resolved != null && resolved.consumed() < parts.size() && !resolved.binaryName().equals(DECLARED)) {
          String member = parts.get(resolved.consumed());
          memberRefusal(resolved.binaryName(), member).ifPresent(reason ->
              report(at, column, rule, "不允许使用 \"" + String.join(".", parts.subList(0, resolved.consumed() + 1)) + "\": " + reason));
        }
      }

      private void checkCall(Expression scope, String name, int at) {
        if (scope == null) {
          String owner = staticMembers.get(name);
          if (functions.containsKey(name)) {
            called.add(name);
          } else if (owner != null) {
            refuseMember(owner, name, owner, at);
          } else if (!DROOLS_CALLS.contains(name)) {
            staticWildcards.forEach(o -> refuseMember(o, name, o, at));
            refuseMember(null, name, null, at);
          }
          return;
        }
        if (scope instanceof NameExpr n && Set.of("drools", "kcontext").contains(n.getNameAsString())) {
          if (!DROOLS_VARIABLE_CALLS.contains(name)) {
            report(at, column, rule, "不允许调用 \"" + name + "(...)\": 规则只能用 "
                + n.getNameAsString() + ".getRule() 和 insert/insertLogical/update/delete");
          }
          return;
        }
        if (scope instanceof MethodCallExpr inner && inner.getNameAsString().equals("getRule")
            && inner.getScope().filter(s -> s instanceof NameExpr sn && Set.of("drools", "kcontext").contains(sn.getNameAsString())).isPresent()) {
          if (!RULE_CALLS.contains(name)) {
            report(at, column, rule, "不允许调用 \"getRule()." + name + "(...)\": 规则只能读规则的名字 (getName)");
          }
          return;
        }
        if (scope instanceof ThisExpr || scope instanceof SuperExpr) {
          refuseMember(null, name, null, at);
          return;
        }
        refuseMemberOf(scope, name, at);
      }

      /** Refuses {@code member} of what {@code scope} is: a type when it names one, else an unknown value. */
      private void refuseMemberOf(Expression scope, String member, int at) {
        List<String> chain = chain(scope);
        Resolved type = chain == null ? null : resolve(chain, variables);
        if (type != null && type.consumed() == chain.size() && !type.binaryName().equals(DECLARED)) {
          refuseMember(type.binaryName(), member, String.join(".", chain), at);
        } else {
          refuseMember(null, member, null, at);
        }
      }

      private void checkMethodReference(MethodReferenceExpr ref, int at) {
        Expression scope = ref.getScope();
        String member = ref.getIdentifier().equals("new") ? "<init>" : ref.getIdentifier();
        if (scope instanceof TypeExpr typeExpr && typeExpr.getType() instanceof ClassOrInterfaceType t) {
          Resolved type = resolve(names(t), variables);
          if (type != null && !type.binaryName().equals(DECLARED)) {
            refuseMember(type.binaryName(), member, t.getNameWithScope(), at);
          }
        } else if (scope instanceof ThisExpr || scope instanceof SuperExpr) {
          report(at, column, rule, "不允许使用方法引用 \"" + ref + "\"");
        } else {
          refuseMemberOf(scope, member, at);
        }
      }

      /** Refuses {@code owner}'s (written {@code ownerText}; null when unknown) {@code member} if it is not allowed. */
      private void refuseMember(String owner, String member, String ownerText, int at) {
        if (owner != null && !typeAllowed(owner)) {
          report(at, column, rule, "不允许使用 \"" + ownerText + "\"" + RuleAllowList.HINT);
          return;
        }
        memberRefusal(owner, member).ifPresent(reason -> report(at, column, rule, "不允许调用 \""
            + (member.equals("now") ? "now()" : member.equals("<init>") ? "new " + ownerText : member + "(...)") + "\": " + reason));
      }
    }

    // ---- names --------------------------------------------------------------------------------

    /** A type a name resolves to, and how many of the name's parts it took. */
    private record Resolved(String binaryName, int consumed) {}

    /** The type {@code parts} (a name as written, split at dots) starts with, the way javac resolves it. */
    private Resolved resolve(List<String> parts, Set<String> variables) {
      String first = parts.get(0);
      if (variables.contains(first) || first.startsWith("$") || globals.contains(first)
          || first.equals("drools") || first.equals("kcontext")) {
        return null;
      }
      if (declared.contains(first)) {
        return new Resolved(DECLARED, 1);
      }
      String type = existingType(first);
      int consumed = 1;
      if (type == null) {
        for (int k = 2; k <= parts.size() && type == null; k++) {
          String candidate = String.join(".", parts.subList(0, k));
          if (classExists(candidate)) {
            type = candidate;
            consumed = k;
          }
        }
      }
      if (type == null) {
        return null;
      }
      while (consumed < parts.size() && classExists(type + "$" + parts.get(consumed))) {
        type = type + "$" + parts.get(consumed);
        consumed++;
      }
      return new Resolved(type, consumed);
    }

    /** The class the simple name {@code name} means in this file other than a declared type, or null. */
    private String existingType(String name) {
      if (imports.containsKey(name)) {
        return imports.get(name);
      }
      List<String> candidates = new ArrayList<>();
      if (!pkg.isEmpty()) {
        candidates.add(pkg + "." + name);
      }
      candidates.add("java.lang." + name);
      wildcardPackages.forEach(p -> candidates.add(p + "." + name));
      return candidates.stream().filter(RuleSafety::classExists).findFirst().orElse(null);
    }

    void report(int line, String rule, String message) {
      report(line, 0, rule, message);
    }

    void report(int line, int column, String rule, String message) {
      problems.add(new Located(new RuleProblem(file, line, rule, message), column));
    }

    private int lineOf(int offset) {
      int line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
        line++;
      }
      return line + 1;
    }

    /** The line {@code code} starts on, searched from line {@code from}; {@code from} if not found. */
    private int lineOfText(String code, int from) {
      int start = lineStarts[Math.max(0, Math.min(from, lineStarts.length) - 1)];
      String head = code.strip();
      head = head.substring(0, Math.min(head.length(), 40));
      int at = head.isEmpty() ? -1 : text.indexOf(head, start);
      return at < 0 ? Math.max(1, from) : lineOf(at);
    }
  }

  // ---- parsing ----------------------------------------------------------------------------------

  /** A parser for Java 17 that, unlike javac, leaves Unicode escapes alone (they are refused before). */
  private static JavaParser javaParser() {
    return new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
        .setPreprocessUnicodeEscapes(false));
  }

  /**
   * Where and what the first Java syntax error of a consequence or function body is: its line
   * counted from the first line of the code that is not blank, and a short message naming the
   * token (instead of the parser's list of every token it expected).
   */
  record SyntaxError(int line, String message) {
    private static final Pattern FOUND = Pattern.compile("Found\\s+\"?(.*?)\"?\\s*(?:,|$)", Pattern.MULTILINE);

    static SyntaxError of(String code) {
      ParseResult<BlockStmt> java = javaParser().parseBlock("{" + code + "\n}");
      int blank = 0;
      for (String l : code.split("\n", -1)) {
        if (!l.isBlank()) {
          break;
        }
        blank++;
      }
      int blankLines = blank;
      Optional<com.github.javaparser.Problem> problem = java.getProblems().stream().findFirst();
      int line = problem.flatMap(p -> p.getLocation()).flatMap(r -> r.getBegin().getRange())
          .map(r -> r.begin.line - 1 - blankLines).orElse(0);
      String[] lines = code.split("\n", -1);
      String statement = line + blankLines >= 0 && line + blankLines < lines.length ? lines[line + blankLines].strip() : "";
      Matcher found = FOUND.matcher(problem.map(p -> p.getMessage()).orElse(""));
      String token = found.find() ? found.group(1).strip() : "";
      String before = statement.contains(token) && !token.isEmpty()
          ? statement.substring(0, statement.indexOf(token)).strip() : "";
      String message;
      if (before.endsWith("=") || before.endsWith("+") || before.endsWith("-") || before.endsWith("*")
          || before.endsWith("/") || before.endsWith("&&") || before.endsWith("||")) {
        String operator = before.endsWith("&&") || before.endsWith("||") ? before.substring(before.length() - 2)
            : before.substring(before.length() - 1);
        message = "'" + operator + "' 后缺少表达式";
      } else if (token.equals("<EOF>") || token.isEmpty()) {
        message = "语句不完整 (缺少 ';' 或右括号)";
      } else {
        message = "此处不应有 " + quote(token);
      }
      return new SyntaxError(Math.max(0, line), "Java 语法错误: " + message + ": " + quote(statement));
    }
  }

  /** {@code code} as a block: Java, or Drools' MVEL-flavoured Java for {@code modify} blocks. */
  private static Optional<BlockStmt> parseBlock(String code) {
    ParseResult<BlockStmt> java = javaParser().parseBlock("{" + code + "\n}");
    if (java.isSuccessful() && java.getResult().isPresent()) {
      return java.getResult();
    }
    try {
      return Optional.of(MvelParser.parseBlock("{" + code + "\n}"));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@code code} as a condition expression (DRLX: bindings, {@code matches}, {@code in}, inline casts …). */
  private static Optional<Node> parseExpression(String code) {
    try {
      return Optional.of(DrlxParseUtil.parseExpression(code));
    } catch (RuntimeException e) {
      ParseResult<Expression> java = javaParser().parseExpression(code);
      return java.isSuccessful() ? java.getResult().map(x -> x) : Optional.empty();
    }
  }

  /**
   * Every node under {@code root}, parents first, without recursion. Drools' own expression nodes
   * ({@code DrlxExpression}, {@code PointFreeExpr}, {@code OOPathExpr} …) do not all register their
   * parts as children, so their parts are also read through their getters.
   */
  static List<Node> preorder(Node root) {
    List<Node> out = new ArrayList<>();
    Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Deque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      out.add(n);
      List<Node> children = new ArrayList<>(n.getChildNodes());
      if (n.getClass().getName().startsWith("org.drools.mvel.parser.ast.")) {
        children.addAll(parts(n));
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        if (!seen.contains(children.get(i))) {
          todo.push(children.get(i));
        }
      }
    }
    return out;
  }

  /** The nodes a Drools expression node holds, read through its public getters. */
  private static List<Node> parts(Node n) {
    List<Node> parts = new ArrayList<>();
    Node parent = n.getParentNode().orElse(null);
    for (java.lang.reflect.Method m : n.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getName().startsWith("getParentNode")
          || m.getDeclaringClass().getName().startsWith("com.github.javaparser.ast.Node")) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(n);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (value instanceof Optional<?> o) {
        value = o.orElse(null);
      }
      if (value instanceof Node node && node != parent) {
        parts.add(node);
      } else if (value instanceof java.util.Collection<?> c) {
        c.stream().filter(x -> x instanceof Node && x != parent).map(Node.class::cast).forEach(parts::add);
      }
    }
    return parts;
  }

  /** Whether {@code node} is a name or field access that is not itself the scope of a longer one. */
  private static boolean topOfChain(Node node) {
    return !(node.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getScope() == node);
  }

  /** The identifiers of a pure name chain ({@code a.b.C.d}), or null if it contains anything else. */
  private static List<String> chain(Expression e) {
    List<String> parts = new ArrayList<>();
    Expression at = e;
    while (at instanceof FieldAccessExpr f) {
      parts.add(0, f.getNameAsString());
      at = f.getScope();
    }
    if (at instanceof NameExpr n) {
      parts.add(0, n.getNameAsString());
      return parts;
    }
    return null;
  }

  private static List<String> names(ClassOrInterfaceType type) {
    List<String> parts = new ArrayList<>();
    for (ClassOrInterfaceType t = type; t != null; t = t.getScope().orElse(null)) {
      parts.add(0, t.getNameAsString());
    }
    return parts;
  }

  private static boolean typeAllowed(String name) {
    return RuleAllowList.typeAllowed(binaryName(name));
  }

  private static Optional<String> memberRefusal(String owner, String member) {
    return RuleAllowList.memberRefusal(owner, member);
  }

  /** {@code java.util.Map.Entry} → {@code java.util.Map$Entry} when that is the class. */
  private static String binaryName(String dotted) {
    if (classExists(dotted)) {
      return dotted;
    }
    String[] parts = dotted.split("\\.");
    for (int k = parts.length - 1; k >= 1; k--) {
      String outer = String.join(".", java.util.Arrays.copyOfRange(parts, 0, k));
      if (classExists(outer)) {
        return outer + "$" + String.join("$", java.util.Arrays.copyOfRange(parts, k, parts.length));
      }
    }
    return dotted;
  }

  private static boolean allowedPackage(String name) {
    return RuleAllowList.packageAllowed(name);
  }

  /**
   * Whether the class {@code binaryName} exists for the rules' class loader. Looked up as a resource,
   * so no class is loaded (or initialised) because an analyst named it.
   */
  static boolean classExists(String binaryName) {
    Boolean known = CLASSES.get(binaryName);
    if (known != null) {
      return known;
    }
    boolean exists = JAVA_NAME.matcher(binaryName).matches()
        && RuleSafety.class.getClassLoader().getResource(binaryName.replace('.', '/') + ".class") != null;
    if (CLASSES.size() > 10_000) {
      CLASSES.clear(); // names come from analysts' files: do not let them grow the cache without end
    }
    CLASSES.put(binaryName, exists);
    return exists;
  }

  private static final Pattern JAVA_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

  /** Deepest bracket nesting of a text, outside strings and comments. */
  private record Nesting(int depth, int offset) {
    static Optional<Nesting> deepest(String text) {
      int depth = 0;
      Nesting deepest = null;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (text.startsWith("//", i)) {
          int end = text.indexOf('\n', i);
          i = end < 0 ? text.length() : end;
        } else if (text.startsWith("/*", i)) {
          int end = text.indexOf("*/", i + 2);
          i = end < 0 ? text.length() : end + 2;
        } else if (text.startsWith("\"\"\"", i)) {
          int end = text.indexOf("\"\"\"", i + 3);
          i = end < 0 ? text.length() : end + 3;
        } else if (c == '"' || c == '\'') {
          int j = i + 1;
          while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
          }
          i = j + 1;
        } else {
          if (c == '(' || c == '[' || c == '{') {
            depth++;
            if (deepest == null || depth > deepest.depth()) {
              deepest = new Nesting(depth, i);
            }
          } else if (c == ')' || c == ']' || c == '}') {
            depth = Math.max(0, depth - 1);
          }
          i++;
        }
      }
      return Optional.ofNullable(deepest);
    }
  }

  /** Quotes analyst text in a message: one line, at most 80 characters. */
  private static String quote(String text) {
    return io.tracker.InputException.quote(text.strip().replaceAll("\\s+", " "));
  }
}
