package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The bytecode verifier on classes made by hand with ASM, each holding exactly one use, so that every
 * refusal reason is shown to work on its own (a Drools build usually holds several at once, and the
 * source check refuses most of them earlier), and every allowance is shown not to refuse.
 */
class RuleBytecodeClassesTest {
  private static final String HINT = RuleAllowList.HINT;
  private static final String OBJECT = "java/lang/Object";
  private static final String[] NONE = new String[0];
  private static final Handle LAMBDA_METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
      "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
          + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
          + "Ljava/lang/invoke/CallSite;", false);
  private static final String D = "org/drools/modelcompiler/dsl/pattern/D";

  /** One method of a hand-made class. */
  private record Method(int access, String name, String descriptor, Consumer<MethodVisitor> code) {}

  private static Method method(String name, Consumer<MethodVisitor> code) {
    return new Method(Opcodes.ACC_PUBLIC, name, "()V", code);
  }

  private static Method staticMethod(String name, Consumer<MethodVisitor> code) {
    return new Method(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()V", code);
  }

  private static byte[] type(String name, String superName, String[] interfaces, Method... methods) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, superName, interfaces);
    for (Method m : methods) {
      MethodVisitor mv = writer.visitMethod(m.access(), m.name(), m.descriptor(), null, null);
      mv.visitCode();
      m.code().accept(mv);
      mv.visitInsn(Opcodes.RETURN);
      mv.visitMaxs(8, 8);
      mv.visitEnd();
    }
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static byte[] type(String name, Method... methods) {
    return type(name, OBJECT, NONE, methods);
  }

  private static Map<RuleBytecode.Finding, Set<String>> verify(byte[]... classes) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (byte[] bytes : classes) {
      files.put(new ClassReader(bytes).getClassName() + ".class", bytes);
    }
    files.put("META-INF/kmodule.xml", new byte[] {'<'}); // not a class: skipped
    return RuleBytecode.verify(files);
  }

  /** The one finding of {@code classes}. */
  private static RuleBytecode.Finding only(byte[]... classes) {
    Map<RuleBytecode.Finding, Set<String>> findings = verify(classes);
    assertThat(findings).hasSize(1);
    return findings.keySet().iterator().next();
  }

  private static Consumer<MethodVisitor> call(String owner, String member, String descriptor) {
    return mv -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, member, descriptor, false);
  }

  private static Consumer<MethodVisitor> getField(String owner, String member) {
    return mv -> mv.visitFieldInsn(Opcodes.GETSTATIC, owner, member, "Ljava/lang/Object;");
  }

  private static Consumer<MethodVisitor> typeInsn(int opcode, String type) {
    return mv -> mv.visitTypeInsn(opcode, type);
  }

  private static Consumer<MethodVisitor> ldc(Object value) {
    return mv -> mv.visitLdcInsn(value);
  }

  private static Consumer<MethodVisitor> lambda(Handle target) {
    return mv -> mv.visitInvokeDynamicInsn("get", "()Ljava/util/function/Supplier;", LAMBDA_METAFACTORY,
        Type.getType("()Ljava/lang/Object;"), target, Type.getType("()Ljava/lang/Object;"));
  }

  private static Consumer<MethodVisitor> ruleCall(String pkg, String rule) {
    return mv -> {
      mv.visitLdcInsn(pkg);
      mv.visitLdcInsn(rule);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, D, "rule", "(Ljava/lang/String;Ljava/lang/String;)Lorg/drools/model/impl/RuleBuilder;", false);
    };
  }

  private static final Consumer<MethodVisitor> EXIT = call("java/lang/System", "exit", "(I)V");

  @Test
  void aClassOfAllowedUsesPasses() {
    assertThat(verify(type("p/Fine", method("m", mv -> {
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "max", "(II)I", false);
      mv.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "[Ljava/lang/String;", "clone", "()Ljava/lang/Object;", false);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", false);
      mv.visitFieldInsn(Opcodes.GETSTATIC, "java/math/BigDecimal", "ZERO", "Ljava/math/BigDecimal;");
      mv.visitTypeInsn(Opcodes.NEW, "java/util/ArrayList");
      mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Class");
      mv.visitTypeInsn(Opcodes.ANEWARRAY, "[Ljava/lang/String;");
      mv.visitTypeInsn(Opcodes.ANEWARRAY, "[I");
      mv.visitMultiANewArrayInsn("[[I", 2);
      mv.visitMultiANewArrayInsn("[[Ljava/time/LocalDate;", 2);
      mv.visitLdcInsn(Type.getType("Ljava/lang/String;"));
      mv.visitLdcInsn(Type.getType("[Ljava/math/BigDecimal;"));
      mv.visitLdcInsn(Type.getMethodType("()V"));
      mv.visitLdcInsn(42);
      Label ahead = new Label();
      mv.visitJumpInsn(Opcodes.GOTO, ahead);
      mv.visitLabel(ahead);
      Label a = new Label();
      Label b = new Label();
      mv.visitTableSwitchInsn(0, 1, a, a, b);
      mv.visitLabel(a);
      mv.visitLookupSwitchInsn(b, new int[] {1}, new Label[] {b});
      mv.visitLabel(b);
      mv.visitInvokeDynamicInsn("makeConcatWithConstants", "(I)Ljava/lang/String;",
          new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
              "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;"
                  + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false), "n=\u0001");
      lambda(new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false)).accept(mv);
    })))).isEmpty();
  }

  @Test
  void aClassInTheDefaultPackageWithAllowedUsesPasses() {
    assertThat(verify(type("Plain", method("m", call("java/lang/Math", "abs", "(I)I"))))).isEmpty();
  }

  @Test
  void aForbiddenMethodIsRefusedWithItsOwnerAndMember() {
    RuleBytecode.Finding f = only(type("p/Exit", method("m", EXIT)));
    assertThat(f).isEqualTo(new RuleBytecode.Finding("p/Exit", "m", "java/lang/System",
        "不允许使用 \"java.lang.System.exit\"" + HINT));
  }

  @Test
  void aForbiddenFieldIsRefused() {
    assertThat(only(type("p/Out", method("m", getField("java/lang/System", "out")))).message())
        .isEqualTo("不允许使用 \"java.lang.System.out\"" + HINT);
  }

  @Test
  void aRefusedMemberOfAnAllowedTypeIsRefusedWithItsReason() {
    assertThat(only(type("p/Prop", method("m", call("java/lang/Integer", "getInteger", "(Ljava/lang/String;)Ljava/lang/Integer;"))))
        .message()).isEqualTo("不允许调用 \"Integer.getInteger\": 读或改宿主的全局状态");
    assertThat(only(type("p/Now", method("m", call("java/time/LocalDate", "now", "()Ljava/time/LocalDate;")))).message())
        .isEqualTo("不允许调用 \"LocalDate.now\": 规则里的\"今天\"是评估日期 (AsOf 事实), 不读系统时钟");
  }

  @Test
  void aNewOfAForbiddenTypeIsRefused() {
    assertThat(only(type("p/New", method("m", typeInsn(Opcodes.NEW, "java/io/File")))))
        .isEqualTo(new RuleBytecode.Finding("p/New", "m", "java/io/File", "不允许使用 \"java.io.File\"" + HINT));
  }

  @Test
  void anArrayOfAForbiddenTypeIsRefusedByItsElementType() {
    assertThat(only(type("p/A1", method("m", typeInsn(Opcodes.ANEWARRAY, "[Ljava/io/File;")))).message())
        .isEqualTo("不允许使用 \"java.io.File\"" + HINT);
    assertThat(only(type("p/A2", method("m", mv -> mv.visitMultiANewArrayInsn("[[Ljava/lang/Thread;", 2)))).message())
        .isEqualTo("不允许使用 \"java.lang.Thread\"" + HINT);
  }

  @Test
  void aClassLiteralOfAForbiddenTypeIsRefused() {
    assertThat(only(type("p/L1", method("m", ldc(Type.getType("Ljava/lang/Runtime;"))))).message())
        .isEqualTo("不允许使用 \"java.lang.Runtime\"" + HINT);
    assertThat(only(type("p/L2", method("m", ldc(Type.getType("[[Ljava/lang/Runtime;"))))).message())
        .isEqualTo("不允许使用 \"java.lang.Runtime\"" + HINT);
  }

  @Test
  void aMethodHandleOrDynamicConstantIsRefused() {
    Handle exit = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
    assertThat(only(type("p/H", method("m", ldc(exit)))).message()).startsWith("不允许的动态调用 \"java/lang/System.exit(I)V");
    ConstantDynamic constant = new ConstantDynamic("c", "Ljava/lang/Object;", exit);
    assertThat(only(type("p/C", method("m", ldc(constant)))).message()).startsWith("不允许的动态调用 \"c : ");
  }

  @Test
  void anInvokeDynamicWithAnotherBootstrapIsRefused() {
    Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "p/Boot", "bootstrap",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
    assertThat(only(type("p/Indy", method("m", mv -> mv.visitInvokeDynamicInsn("x", "()V", bootstrap)))))
        .isEqualTo(new RuleBytecode.Finding("p/Indy", "m", "p/Boot", "不允许的动态调用 \"p/Boot\""));
  }

  @Test
  void aLambdaOnAForbiddenMethodIsRefused() {
    assertThat(only(type("p/Lam", method("m", lambda(new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Runtime", "getRuntime",
        "()Ljava/lang/Runtime;", false))))).message()).isEqualTo("不允许使用 \"java.lang.Runtime.getRuntime\"" + HINT);
  }

  @Test
  void aLambdaOnGeneratedCodeIsRefusedButAConstructorReferenceIsNot() {
    Method target = staticMethod("target", mv -> {});
    RuleBytecode.Finding f = only(type("p/Cb", method("m", lambda(new Handle(Opcodes.H_INVOKESTATIC, "p/Cb", "target", "()V", false))), target));
    assertThat(f).isEqualTo(new RuleBytecode.Finding("p/Cb", "m", "p/Cb", "不允许 lambda 或方法引用指向规则自己的代码 (回调能组成循环)"));
    assertThat(verify(type("p/Ctor", method("m", lambda(new Handle(Opcodes.H_NEWINVOKESPECIAL, "p/Ctor", "<init>", "()V", false))))))
        .isEmpty();
  }

  @Test
  void aBackwardJumpIsALoop() {
    RuleBytecode.Finding f = only(type("p/Loop", method("m", mv -> {
      Label top = new Label();
      mv.visitLabel(top);
      mv.visitJumpInsn(Opcodes.GOTO, top);
    })));
    assertThat(f).isEqualTo(new RuleBytecode.Finding("p/Loop", "m", "", "生成的代码里有循环 (向回跳转): 规则代码里不能有循环"));
  }

  @Test
  void aTableSwitchJumpingBackIsALoop() {
    Label top = new Label();
    Label out = new Label();
    assertThat(only(type("p/T1", method("m", mv -> {
      mv.visitLabel(top);
      mv.visitTableSwitchInsn(0, 0, out, top);
      mv.visitLabel(out);
    }))).message()).contains("循环");
    Label back = new Label();
    Label ahead = new Label();
    assertThat(only(type("p/T2", method("m", mv -> {
      mv.visitLabel(back);
      mv.visitTableSwitchInsn(0, 0, back, ahead);
      mv.visitLabel(ahead);
    }))).message()).contains("循环");
  }

  @Test
  void aLookupSwitchJumpingBackIsALoop() {
    Label top = new Label();
    Label out = new Label();
    assertThat(only(type("p/S1", method("m", mv -> {
      mv.visitLabel(top);
      mv.visitLookupSwitchInsn(out, new int[] {1}, new Label[] {top});
      mv.visitLabel(out);
    }))).message()).contains("循环");
  }

  @Test
  void aMonitorIsRefused() {
    assertThat(only(type("p/Sync", method("m", mv -> mv.visitInsn(Opcodes.MONITORENTER)))))
        .isEqualTo(new RuleBytecode.Finding("p/Sync", "m", "", "生成的代码里有 synchronized: 规则不能锁宿主的对象"));
  }

  @Test
  void aMethodCallingItselfIsRecursion() {
    RuleBytecode.Finding f = only(type("p/Rec", staticMethod("down", call("p/Rec", "down", "()V"))));
    assertThat(f).isEqualTo(new RuleBytecode.Finding("p/Rec", "down", "p/Rec", "生成的代码里有递归调用: 规则代码里不能有递归"));
  }

  @Test
  void recursionAcrossClassesIsFoundFromEveryMethodOnTheCycle() {
    Map<RuleBytecode.Finding, Set<String>> findings = verify(
        type("p/A", staticMethod("a", call("p/B", "b", "()V"))),
        type("p/B", staticMethod("b", call("p/C", "c", "()V"))),
        type("p/C", staticMethod("c", call("p/A", "a", "()V"))));
    assertThat(findings.keySet()).extracting(RuleBytecode.Finding::className, RuleBytecode.Finding::method)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("p/A", "a"),
            org.assertj.core.groups.Tuple.tuple("p/B", "b"), org.assertj.core.groups.Tuple.tuple("p/C", "c"));
  }

  @Test
  void recursionThroughAMethodReferenceIsFound() {
    Map<RuleBytecode.Finding, Set<String>> findings = verify(type("p/R",
        staticMethod("r", lambda(new Handle(Opcodes.H_INVOKESTATIC, "p/R", "r", "()V", false)))));
    assertThat(findings.keySet()).extracting(RuleBytecode.Finding::message)
        .contains("生成的代码里有递归调用: 规则代码里不能有递归");
  }

  @Test
  void recursionThroughAConstructorIsFound() {
    // A declared type whose field initialiser makes another instance: its constructor calls itself.
    Map<RuleBytecode.Finding, Set<String>> findings = verify(type("p/Node",
        new Method(Opcodes.ACC_PUBLIC, "<init>", "()V", mv -> {
          mv.visitTypeInsn(Opcodes.NEW, "p/Node");
          mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "p/Node", "<init>", "()V", false);
        })));
    assertThat(findings.keySet()).containsExactly(
        new RuleBytecode.Finding("p/Node", "<init>", "p/Node", "生成的代码里有递归调用: 规则代码里不能有递归"));
  }

  @Test
  void callsAlongAChainOrADiamondAreNotRecursion() {
    assertThat(verify(
        type("p/A", staticMethod("a", mv -> {
          call("p/B", "b", "()V").accept(mv);
          call("p/C", "c", "()V").accept(mv);
          mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "p/A", "<init>", "()V", false);
          mv.visitFieldInsn(Opcodes.GETSTATIC, "p/A", "a", "I");
        })),
        type("p/B", staticMethod("b", call("p/C", "c", "()V"))),
        type("p/C", staticMethod("c", call("p/D", "d", "()V"))),
        type("p/D", staticMethod("d", call("java/lang/Math", "abs", "(I)I"))))).isEmpty();
  }

  @Test
  void aClassInJavasOrDroolsOwnPackageIsRefused() {
    assertThat(only(type("java/lang/Evil")))
        .isEqualTo(new RuleBytecode.Finding("java/lang/Evil", "", "java/lang/Evil", "生成的类在 Java 或 Drools 自己的包 \"java.lang\" 里"));
    assertThat(only(type("org/kie/Evil")).message()).isEqualTo("生成的类在 Java 或 Drools 自己的包 \"org.kie\" 里");
    assertThat(only(type("org/drools/project/model/ProjectModel/Inner")).message()).contains("org.drools.project.model.ProjectModel");
  }

  @Test
  void theProjectModelMayUseKieBuilderTypesButNoOtherClassMay() {
    Consumer<MethodVisitor> kie = mv -> {
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/kie/api/KieServices$Factory", "get", "()Lorg/kie/api/KieServices;", false);
      mv.visitTypeInsn(Opcodes.CHECKCAST, "org/kie/api/builder/model/KieModuleModel");
    };
    assertThat(verify(type("org/drools/project/model/ProjectModel", method("m", kie)))).isEmpty();
    assertThat(verify(type("p/NotTheProjectModel", method("m", kie))).keySet()).extracting(RuleBytecode.Finding::message)
        .containsExactly("不允许使用 \"org.kie.api.KieServices$Factory.get\"" + HINT,
            "不允许使用 \"org.kie.api.builder.model.KieModuleModel\"" + HINT);
  }

  @Test
  void droolsMembersOutsideTheFewTheGeneratedCodeNeedsAreRefused() {
    String helper = "org/drools/core/rule/consequence/KnowledgeHelper";
    assertThat(only(type("p/Halt", method("m", mv -> mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, helper, "getKieRuntime",
        "()Lorg/kie/api/runtime/KieRuntime;", true)))).message())
        .isEqualTo("不允许调用 Drools 的 \"KnowledgeHelper.getKieRuntime\": 规则只能用 drools.getRule() 和 insert/insertLogical/update/delete");
    assertThat(verify(type("p/Insert", method("m", mv -> {
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, helper, "insert", "(Ljava/lang/Object;)V", true);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/drools/modelcompiler/util/EvaluationUtil", "areNullSafeEquals", "()Z", false);
      mv.visitTypeInsn(Opcodes.CHECKCAST, "org/drools/modelcompiler/util/EvaluationUtil");
      mv.visitTypeInsn(Opcodes.CHECKCAST, "org/drools/model/Variable");
      mv.visitFieldInsn(Opcodes.GETSTATIC, "org/drools/model/operators/GreaterThanOperator", "INSTANCE", "Ljava/lang/Object;");
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "org/drools/model/consequences/ConsequenceBuilder$_1", "execute", "()V", true);
      mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "org/drools/core/base/accumulators/SumAccumulateFunction", "<init>", "()V", false);
    })))).isEmpty();
  }

  @Test
  void droolsClassesOutsideTheAllowedMembersAreRefused() {
    assertThat(verify(type("p/Other", method("m", mv -> {
      mv.visitFieldInsn(Opcodes.GETSTATIC, "org/drools/model/operators/GreaterThanOperator", "OTHER", "Ljava/lang/Object;");
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "org/drools/model/consequences/ConsequenceBuilder$_1", "other", "()V", true);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/drools/core/base/accumulators/SumAccumulateFunction", "sum", "()V", false);
      mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "org/drools/core/Other", "<init>", "()V", false);
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "org/drools/model/consequences/Other$_1", "execute", "()V", true);
    }))).keySet()).extracting(RuleBytecode.Finding::message).containsExactly(
        "不允许使用 \"org.drools.model.operators.GreaterThanOperator.OTHER\"" + HINT,
        "不允许使用 \"org.drools.model.consequences.ConsequenceBuilder$_1.other\"" + HINT,
        "不允许使用 \"org.drools.core.base.accumulators.SumAccumulateFunction.sum\"" + HINT,
        "不允许使用 \"org.drools.core.Other.<init>\"" + HINT,
        "不允许使用 \"org.drools.model.consequences.Other$_1.execute\"" + HINT);
  }

  @Test
  void getClassIsAllowedOnlyInTheEqualsOfADeclaredType() {
    String[] fact = {"org/drools/base/factmodel/GeneratedFact"};
    Consumer<MethodVisitor> getClass = mv -> mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OBJECT, "getClass", "()Ljava/lang/Class;", false);
    assertThat(verify(type("p/Evil", OBJECT, fact, new Method(Opcodes.ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", getClass))))
        .isEmpty();
    Map<RuleBytecode.Finding, Set<String>> elsewhere = verify(type("p/Evil", OBJECT, fact, method("toString", getClass)));
    assertThat(elsewhere).containsExactly(Map.entry(
        new RuleBytecode.Finding("p/Evil", "toString", OBJECT, "不允许调用 \"Object.getClass\": 反射"), Set.of("declare Evil")));
    assertThat(only(type("p/NotDeclared", new Method(Opcodes.ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", getClass))).message())
        .isEqualTo("不允许调用 \"Object.getClass\": 反射");
  }

  @Test
  void aClassExtendingOrImplementingAHostTypeIsRefused() {
    assertThat(only(type("p/Sub", "java/lang/Thread", NONE)))
        .isEqualTo(new RuleBytecode.Finding("p/Sub", "", "java/lang/Thread", "不允许在规则代码里定义实现 \"java.lang.Thread\" 的类 (匿名类或局部类)"));
    assertThat(only(type("p/Task", OBJECT, new String[] {"java/lang/Runnable"})).message())
        .isEqualTo("不允许在规则代码里定义实现 \"java.lang.Runnable\" 的类 (匿名类或局部类)");
    assertThat(verify(type("p/Base"), type("p/Derived", "p/Base", new String[] {"p/Marker", "org/drools/model/functions/Function1"}),
        type("p/Marker"))).isEmpty();
  }

  @Test
  void aLocalOrAnonymousClassIsRefused() {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, 0, "p/Outer$1", null, OBJECT, null);
    writer.visitOuterClass("p/Outer", "rule_x", "()V");
    writer.visitEnd();
    assertThat(only(writer.toByteArray()))
        .isEqualTo(new RuleBytecode.Finding("p/Outer$1", "", "p/Outer$1", "不允许在规则代码里定义类 (匿名类或局部类)"));
  }

  // Which rule a finding is reported at.

  private static final String[] MODEL = {"org/drools/model/Model"};

  @Test
  void aFindingInARuleMethodOrItsLambdasNamesTheRule() {
    Consumer<MethodVisitor> ruleA = ruleCall("p", "规则甲");
    Map<RuleBytecode.Finding, Set<String>> findings = verify(type("p/Rules", OBJECT, MODEL,
        method("rule_a", mv -> {
          ruleA.accept(mv);
          EXIT.accept(mv);
        }),
        new Method(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "lambda$rule_a$0", "()V", EXIT),
        new Method(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "lambda$$0", "()V", mv -> {
          ruleCall("p", "规则乙").accept(mv);
          EXIT.accept(mv);
        })));
    assertThat(findings).containsOnly(
        Map.entry(new RuleBytecode.Finding("p/Rules", "rule_a", "java/lang/System", "不允许使用 \"java.lang.System.exit\"" + HINT), Set.of("规则甲")),
        Map.entry(new RuleBytecode.Finding("p/Rules", "lambda$rule_a$0", "java/lang/System", "不允许使用 \"java.lang.System.exit\"" + HINT), Set.of("规则甲")),
        // a lambda without a rule method in its name is named by its own D.rule call
        Map.entry(new RuleBytecode.Finding("p/Rules", "lambda$$0", "java/lang/System", "不允许使用 \"java.lang.System.exit\"" + HINT), Set.of("规则乙")));
  }

  @Test
  void aFindingInAFunctionNamesTheFunctionButNotInOtherMethodsOfTheModel() {
    Map<RuleBytecode.Finding, Set<String>> findings = verify(type("p/Rules", OBJECT, MODEL,
        staticMethod("home", EXIT),
        method("instanceMethod", EXIT),
        staticMethod("<clinit>", EXIT)));
    assertThat(findings.values()).containsExactly(Set.of("function home"), Set.of(), Set.of());
  }

  @Test
  void aFindingInAClassARuleReachesNamesThatRuleOnly() {
    Map<RuleBytecode.Finding, Set<String>> findings = verify(
        type("p/Rules", OBJECT, NONE,
            method("rule_a", mv -> {
              ruleCall("p", "甲").accept(mv);
              mv.visitFieldInsn(Opcodes.GETSTATIC, "p/LambdaA", "INSTANCE", "Lp/LambdaA;");
            }),
            method("rule_b", mv -> {
              ruleCall("p", "乙").accept(mv);
              mv.visitTypeInsn(Opcodes.NEW, "p/LambdaB");
              mv.visitMethodInsn(Opcodes.INVOKESTATIC, "p/Model", "f", "()V", false);
            })),
        type("p/LambdaA", method("apply", mv -> {
          mv.visitMethodInsn(Opcodes.INVOKESTATIC, "p/Helper", "help", "()V", false);
          mv.visitFieldInsn(Opcodes.GETSTATIC, "p/LambdaA", "INSTANCE", "Lp/LambdaA;");
        })),
        type("p/Helper", staticMethod("help", getField("java/lang/System", "out"))),
        type("p/LambdaB", method("apply", getField("java/lang/System", "err"))),
        type("p/Model", OBJECT, MODEL,
            staticMethod("f", mv -> {}),
            method("other", call("p/Elsewhere", "x", "()V"))),
        type("p/Elsewhere", staticMethod("x", getField("java/lang/System", "in"))));
    Map<String, Set<String>> byOwnerMember = new LinkedHashMap<>();
    findings.forEach((f, rules) -> byOwnerMember.put(f.className(), rules));
    assertThat(byOwnerMember).containsOnly(
        Map.entry("p/Helper", Set.of("甲")),
        Map.entry("p/LambdaB", Set.of("乙")),
        // reached only through the model class, whose functions are named on their own
        Map.entry("p/Elsewhere", Set.of()));
  }

  @Test
  void theRuleNameIsTheLastStringBeforeDRule() {
    Map<RuleBytecode.Finding, Set<String>> findings = verify(type("p/Rules", method("rule_a", mv -> {
      mv.visitLdcInsn("unrelated");
      mv.visitLdcInsn("p");
      mv.visitLdcInsn("名字");
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, D, "rule", "(Ljava/lang/String;Ljava/lang/String;)Lorg/drools/model/impl/RuleBuilder;", false);
      EXIT.accept(mv);
    })));
    assertThat(findings.values()).containsExactly(Set.of("名字"));
    assertThat(verify(type("p/Rules", method("rule_a", mv -> {
      mv.visitLdcInsn("只有一个");
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, D, "rule", "(Ljava/lang/String;)Lorg/drools/model/impl/RuleBuilder;", false);
      EXIT.accept(mv);
    }))).values()).containsExactly(Set.of());
  }

  @Test
  void everyFindingOfAClassIsKept() {
    assertThat(verify(type("p/Two", method("m", mv -> {
      EXIT.accept(mv);
      mv.visitInsn(Opcodes.MONITORENTER);
    }), method("n", typeInsn(Opcodes.NEW, "java/io/File")))).keySet())
        .extracting(RuleBytecode.Finding::method).containsExactly("m", "m", "n");
  }
}
