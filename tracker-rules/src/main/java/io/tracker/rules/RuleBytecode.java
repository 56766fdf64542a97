package io.tracker.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The bytecode verifier of analysts' rules (字节码校验), the second layer and the guarantee: whatever
 * the source check ({@link RuleSafety}) missed, the classes Drools generated for a rule set are read
 * with ASM and the rule set is refused if any of them
 *
 * <ul>
 *   <li>invokes a method, reads or writes a field, or instantiates, casts to or loads a class literal
 *       of a type outside {@link RuleAllowList}, or a member {@link RuleAllowList#memberRefusal refused};
 *   <li>uses a Drools class or member other than the few the generated code itself needs (building
 *       the rules, {@code drools.getRule()}, {@code insert}, {@code insertLogical}, {@code update},
 *       {@code delete}): no {@code KieRuntime}, {@code halt}, agenda, channels or entry points;
 *   <li>jumps backwards (a loop), calls itself through generated methods (recursion), creates a
 *       lambda whose body is generated code (a callback that could nest loops), implements an
 *       interface other than Drools' own (an anonymous class), or enters a monitor.
 * </ul>
 *
 * Each finding names the rule (or function) whose generated class holds the reference.
 */
final class RuleBytecode {
  /** Drools members the generated code needs, by owner; an empty set allows every member. */
  private static final Map<String, Set<String>> DROOLS = Map.ofEntries(
      Map.entry("org/drools/modelcompiler/dsl/pattern/D", Set.of("accFunction", "accumulate", "alphaIndexedBy",
          "and", "betaIndexedBy", "declarationOf", "eval", "execute", "exists", "expr", "forall", "from",
          "globalOf", "not", "on", "or", "pattern", "rule", "supply", "typeMetaData", "reactOn")),
      Map.entry("org/drools/model/PatternDSL$PatternDef", Set.of("bind", "expr", "watch")),
      Map.entry("org/drools/model/impl/RuleBuilder", Set.of("build", "attribute")),
      Map.entry("org/drools/model/functions/PredicateInformation", Set.of("<init>", "addRuleNames", "setMoreThanMaxRuleDefs")),
      Map.entry("org/drools/model/functions/accumulate/AccumulateFunction", Set.of("as")),
      Map.entry("org/drools/modelcompiler/consequence/DroolsImpl", Set.of("asKnowledgeHelper")),
      Map.entry("org/drools/core/rule/consequence/KnowledgeHelper", Set.of("getRule", "insert", "insertLogical", "update", "delete")),
      Map.entry("org/drools/model/Drools", Set.of("insert", "update", "delete")),
      Map.entry("org/kie/api/definition/rule/Rule", Set.of("getName", "getPackageName", "getId", "getMetaData")),
      Map.entry("org/drools/model/BitMask", Set.of("getPatternMask")),
      Map.entry("org/drools/model/DomainClassMetadata", Set.of("getPropertyIndex")),
      Map.entry("org/drools/modelcompiler/util/EvaluationUtil", Set.of()),
      Map.entry("org/drools/util/DateUtils", Set.of("getDateFormatMask")),
      Map.entry("org/drools/model/Index$ConstraintType", Set.of()),
      Map.entry("org/drools/model/Rule$Attribute", Set.of()));

  /** Prefixes of Drools types whose constants (fields) and class literals the generated code uses. */
  private static final List<String> DROOLS_TYPES = List.of(
      "org/drools/model/", "org/drools/modelcompiler/consequence/DroolsImpl", "org/drools/core/base/accumulators/",
      "org/drools/base/factmodel/", "org/kie/api/runtime/rule/AccumulateFunction");

  /** Interfaces a generated class may implement: Drools' own callbacks and markers. */
  private static final List<String> SUPERTYPES = List.of(
      "java/lang/Object", "java/lang/Enum", "java/io/Serializable", "org/drools/model/functions/",
      "org/drools/model/Model", "org/drools/model/DomainClassMetadata", "org/drools/base/factmodel/GeneratedFact",
      "org/drools/base/factmodel/AccessibleFact", "org/kie/api/runtime/rule/AccumulateFunction",
      "org/drools/modelcompiler/CanonicalKieModuleModel");

  /** The class Drools generates for the module's kmodule.xml, and what it may use besides. */
  private static final String PROJECT_MODEL = "org/drools/project/model/ProjectModel";
  private static final List<String> PROJECT_MODEL_TYPES = List.of(
      "org/kie/api/KieServices", "org/kie/api/builder/model/", "org/kie/api/conf/", "org/kie/api/runtime/conf/",
      "org/kie/util/maven/support/ReleaseIdImpl");

  private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
  private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";

  /** One forbidden use: where it is and what it is. */
  record Finding(String className, String method, String owner, String message) {}

  private RuleBytecode() {}

  /**
   * The findings in {@code classes} (class file name {@code a/b/C.class} → bytes), each with the
   * names of the rules (or {@code function f}) whose generated code holds it.
   */
  static Map<Finding, Set<String>> verify(Map<String, byte[]> classes) {
    Map<String, ClassFacts> facts = new LinkedHashMap<>();
    classes.forEach((file, bytes) -> {
      if (file.endsWith(".class")) {
        ClassFacts c = new ClassFacts();
        new ClassReader(bytes).accept(c, ClassReader.SKIP_DEBUG);
        facts.put(c.name, c);
      }
    });
    List<Finding> findings = new ArrayList<>();
    for (ClassFacts c : facts.values()) {
      findings.addAll(c.check(facts.keySet()));
    }
    findings.addAll(recursion(facts));
    Map<Finding, Set<String>> owners = new LinkedHashMap<>();
    Map<String, Set<String>> rulesByClass = rulesByClass(facts);
    for (Finding f : findings) {
      Set<String> rules = new LinkedHashSet<>();
      ClassFacts c = facts.get(f.className());
      if (c != null && c.functions.contains(f.method())) {
        rules.add("function " + f.method());
      } else if (c != null && c.generatedFact) {
        rules.add("declare " + simple(c.name));
      } else if (c != null && c.ruleNames.containsKey(ruleMethod(f.method()))) {
        rules.add(c.ruleNames.get(ruleMethod(f.method())));
      } else {
        rules.addAll(rulesByClass.getOrDefault(f.className(), Set.of()));
      }
      owners.put(f, rules);
    }
    return owners;
  }

  /** Everything one class references, and how its methods link to other generated classes. */
  private static final class ClassFacts extends ClassVisitor {
    String name;
    String superName;
    String[] interfaces = new String[0];
    final Map<String, List<Use>> uses = new LinkedHashMap<>();
    /** Rule methods ({@code rule_…}) → rule name, read from their {@code D.rule(package, name)} call. */
    final Map<String, String> ruleNames = new HashMap<>();
    /** Static methods of the model class that are the rule file's functions. */
    final Set<String> functions = new HashSet<>();
    boolean generatedFact;
    /** The method a local or anonymous class is written in; null for other classes. */
    String enclosingMethod;

    ClassFacts() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      this.name = name;
      this.superName = superName;
      this.interfaces = interfaces == null ? new String[0] : interfaces;
      generatedFact = List.of(this.interfaces).contains("org/drools/base/factmodel/GeneratedFact");
    }

    @Override
    public void visitOuterClass(String owner, String method, String descriptor) {
      enclosingMethod = owner + "." + method;
    }

    @Override
    public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
      List<Use> list = uses.computeIfAbsent(method + descriptor, k -> new ArrayList<>());
      boolean isModelClass = List.of(interfaces).contains("org/drools/model/Model");
      if (isModelClass && (access & Opcodes.ACC_STATIC) != 0 && !method.equals("<clinit>") && (access & Opcodes.ACC_SYNTHETIC) == 0) {
        functions.add(method);
      }
      return new MethodVisitor(Opcodes.ASM9) {
        private final Set<Label> seen = new HashSet<>();
        private final Deque<String> strings = new ArrayDeque<>();

        @Override
        public void visitLabel(Label label) {
          seen.add(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
          if (seen.contains(label)) {
            list.add(Use.loop(method));
          }
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
          backwards(dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
          backwards(dflt, labels);
        }

        private void backwards(Label dflt, Label[] labels) {
          if (seen.contains(dflt) || List.of(labels).stream().anyMatch(seen::contains)) {
            list.add(Use.loop(method));
          }
        }

        @Override
        public void visitInsn(int opcode) {
          if (opcode == Opcodes.MONITORENTER) {
            list.add(new Use(Kind.MONITOR, method, "", ""));
          }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean itf) {
          if (owner.equals("org/drools/modelcompiler/dsl/pattern/D") && member.equals("rule") && strings.size() >= 2) {
            ruleNames.put(method, strings.peekLast());
          }
          list.add(new Use(Kind.METHOD, method, owner, member, desc));
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String member, String desc) {
          list.add(new Use(Kind.FIELD, method, owner, member));
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          list.add(new Use(Kind.TYPE, method, elementType(type), ""));
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dims) {
          list.add(new Use(Kind.TYPE, method, elementType(descriptor), ""));
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof String s) {
            strings.addLast(s);
            if (strings.size() > 2) {
              strings.removeFirst();
            }
          } else if (value instanceof Type t && t.getSort() == Type.OBJECT || value instanceof Type a && a.getSort() == Type.ARRAY) {
            list.add(new Use(Kind.TYPE, method, elementType(((Type) value).getInternalName()), ""));
          } else if (value instanceof Handle || value instanceof org.objectweb.asm.ConstantDynamic) {
            list.add(new Use(Kind.DYNAMIC, method, value.toString(), ""));
          }
        }

        @Override
        public void visitInvokeDynamicInsn(String member, String desc, Handle bootstrap, Object... arguments) {
          if (bootstrap.getOwner().equals(STRING_CONCAT)) {
            return;
          }
          if (!bootstrap.getOwner().equals(LAMBDA_METAFACTORY)) {
            list.add(new Use(Kind.DYNAMIC, method, bootstrap.getOwner(), bootstrap.getName()));
            return;
          }
          for (Object argument : arguments) {
            if (argument instanceof Handle h) {
              list.add(new Use(Kind.LAMBDA, method, h.getOwner(), h.getName(), h.getDesc()));
            }
          }
        }
      };
    }

    /** The findings of this class alone. */
    List<Finding> check(Set<String> generated) {
      List<Finding> findings = new ArrayList<>();
      boolean projectModel = name.startsWith(PROJECT_MODEL) && name.indexOf('/', PROJECT_MODEL.length()) < 0;
      String pkg = name.contains("/") ? name.substring(0, name.lastIndexOf('/')).replace('/', '.') : "";
      if (!projectModel && List.of("java", "javax", "jdk", "sun", "com/sun", "org/drools", "org/kie").stream()
          .anyMatch(p -> name.startsWith(p + "/"))) {
        findings.add(new Finding(name, "", name, "生成的类在 Java 或 Drools 自己的包 \"" + pkg + "\" 里"));
      }
      List<String> supertypes = new ArrayList<>(List.of(interfaces));
      if (superName != null) {
        supertypes.add(superName);
      }
      if (enclosingMethod != null) {
        findings.add(new Finding(name, "", name, "不允许在规则代码里定义类 (匿名类或局部类)"));
      }
      for (String type : supertypes) {
        if (SUPERTYPES.stream().noneMatch(type::startsWith) && !generated.contains(type)) {
          findings.add(new Finding(name, "", type, "不允许在规则代码里定义实现 \"" + dotted(type) + "\" 的类 (匿名类或局部类)"));
        }
      }
      uses.forEach((methodKey, list) -> {
        for (Use use : list) {
          use.refusal(this, generated, projectModel).ifPresent(reason ->
              findings.add(new Finding(name, use.method(), use.owner(), reason)));
        }
      });
      return findings;
    }
  }

  private enum Kind { METHOD, FIELD, TYPE, LAMBDA, DYNAMIC, LOOP, MONITOR }

  /** One reference from method {@code method} to {@code owner}'s {@code member}. */
  private record Use(Kind kind, String method, String owner, String member, String descriptor) {
    Use(Kind kind, String method, String owner, String member) {
      this(kind, method, owner, member, "");
    }

    static Use loop(String method) {
      return new Use(Kind.LOOP, method, "", "");
    }

    Optional<String> refusal(ClassFacts in, Set<String> generated, boolean projectModel) {
      switch (kind) {
        case LOOP:
          return Optional.of("生成的代码里有循环 (向回跳转): 规则代码里不能有循环");
        case MONITOR:
          return Optional.of("生成的代码里有 synchronized: 规则不能锁宿主的对象");
        case DYNAMIC:
          return Optional.of("不允许的动态调用 \"" + owner + "\"");
        case LAMBDA:
          if (generated.contains(owner) && !member.equals("<init>")) {
            return Optional.of("不允许 lambda 或方法引用指向规则自己的代码 (回调能组成循环)");
          }
          return generated.contains(owner) ? Optional.empty() : memberUse(owner, member, in, projectModel);
        case TYPE:
          return generated.contains(owner) || owner.startsWith("[") ? Optional.empty() : typeUse(owner, projectModel);
        default:
          if (generated.contains(owner) || owner.startsWith("[")) {
            return Optional.empty(); // the rule set's own classes; arrays (clone, length)
          }
          if (owner.equals("java/lang/Object") && member.equals("getClass") && in.generatedFact && method.startsWith("equals")) {
            return Optional.empty(); // equals() Drools writes for declared types
          }
          if (owner.equals("java/lang/System") && member.equals("arraycopy")) {
            return Optional.empty(); // enum values() as the compiler writes it
          }
          return memberUse(owner, member, in, projectModel);
      }
    }

    private static Optional<String> typeUse(String owner, boolean projectModel) {
      if (RuleAllowList.typeAllowed(dotted(owner)) || DROOLS_TYPES.stream().anyMatch(owner::startsWith)
          || DROOLS.containsKey(owner) || owner.equals("java/lang/Class")
          || (projectModel && PROJECT_MODEL_TYPES.stream().anyMatch(owner::startsWith))) {
        return Optional.empty();
      }
      return Optional.of("不允许使用 \"" + dotted(owner) + "\"" + RuleAllowList.HINT);
    }

    private static Optional<String> memberUse(String owner, String member, ClassFacts in, boolean projectModel) {
      Set<String> drools = DROOLS.get(owner);
      if (drools != null) {
        return drools.isEmpty() || drools.contains(member) ? Optional.empty()
            : Optional.of("不允许调用 Drools 的 \"" + simple(owner) + "." + member + "\": 规则只能用 drools.getRule() 和 insert/insertLogical/update/delete");
      }
      if (owner.startsWith("org/drools/model/consequences/ConsequenceBuilder$_") && member.equals("execute")
          || owner.startsWith("org/drools/model/operators/") && member.equals("INSTANCE")
          || owner.startsWith("org/drools/core/base/accumulators/") && member.equals("<init>")
          || projectModel && PROJECT_MODEL_TYPES.stream().anyMatch(owner::startsWith)) {
        return Optional.empty();
      }
      if (!RuleAllowList.typeAllowed(dotted(owner))) {
        return Optional.of("不允许使用 \"" + dotted(owner) + "." + member + "\"" + RuleAllowList.HINT);
      }
      return RuleAllowList.memberRefusal(dotted(owner), member)
          .map(reason -> "不允许调用 \"" + simple(owner) + "." + member + "\": " + reason);
    }
  }

  /**
   * Cycles among generated methods (a function calling itself, directly or not), constructors
   * included: a declared type whose field's initial value makes another instance of it recurses.
   */
  private static List<Finding> recursion(Map<String, ClassFacts> facts) {
    Map<String, Set<String>> edges = new HashMap<>();
    facts.values().forEach(c -> c.uses.forEach((methodKey, list) -> {
      String from = c.name + "." + methodKey;
      for (Use use : list) {
        if ((use.kind() == Kind.METHOD || use.kind() == Kind.LAMBDA) && facts.containsKey(use.owner())) {
          edges.computeIfAbsent(from, k -> new HashSet<>()).add(use.owner() + "." + use.member() + use.descriptor());
        }
      }
    }));
    List<Finding> findings = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String start : edges.keySet()) {
      if (reaches(edges, start, start, new HashSet<>()) && done.add(start)) {
        String owner = start.substring(0, start.lastIndexOf('.'));
        String method = start.substring(start.lastIndexOf('.') + 1, start.indexOf('(', start.lastIndexOf('.')));
        findings.add(new Finding(owner, method, owner,
            "生成的代码里有递归调用: 规则代码里不能有递归"));
      }
    }
    return findings;
  }

  private static boolean reaches(Map<String, Set<String>> edges, String from, String target, Set<String> seen) {
    for (String next : edges.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(edges, next, target, seen))) {
        return true;
      }
    }
    return false;
  }

  /** For every generated class, the rules whose rule method reaches it (through INSTANCE, calls, new). */
  private static Map<String, Set<String>> rulesByClass(Map<String, ClassFacts> facts) {
    Map<String, Set<String>> byClass = new HashMap<>();
    for (ClassFacts c : facts.values()) {
      c.ruleNames.forEach((method, rule) -> {
        Deque<String> todo = new ArrayDeque<>(List.of(c.name));
        Set<String> seen = new HashSet<>(todo);
        c.uses.entrySet().stream().filter(e -> e.getKey().startsWith(method + "(")).flatMap(e -> e.getValue().stream())
            .map(Use::owner).filter(facts::containsKey).filter(seen::add).forEach(todo::add);
        todo.removeFirst();
        while (!todo.isEmpty()) {
          String at = todo.removeFirst();
          byClass.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(rule);
          if (facts.get(at).functions.isEmpty()) { // the model class: its functions are named on their own
            facts.get(at).uses.values().stream().flatMap(List::stream).map(Use::owner)
                .filter(facts::containsKey).filter(seen::add).forEach(todo::add);
          }
        }
      });
    }
    return byClass;
  }

  /** The rule method a synthetic lambda method was written in: {@code lambda$rule_x$0} → {@code rule_x}. */
  private static String ruleMethod(String method) {
    return method.startsWith("lambda$") && method.lastIndexOf('$') > 7 ? method.substring(7, method.lastIndexOf('$')) : method;
  }

  private static String elementType(String internalName) {
    String name = internalName;
    while (name.startsWith("[")) {
      name = name.substring(1);
    }
    if (name.startsWith("L") && name.endsWith(";")) {
      return name.substring(1, name.length() - 1);
    }
    return name.length() == 1 ? "java/lang/Object" : name; // primitive arrays
  }

  private static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }

  private static String simple(String internalName) {
    return internalName.substring(internalName.lastIndexOf('/') + 1);
  }
}
