package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Fuzzes the rule check's property: a rule source is either refused, or the classes Drools generates
 * for it pass the bytecode verification ({@link RuleBytecode}) — that is, whatever the source check
 * ({@link RuleSafety}) accepts contains nothing the verifier would refuse, so the verifier, the
 * guarantee, never has to be the layer that stops a rule. The source check runs on every input (fast);
 * only what it accepts is compiled (about a second each), and a source Drools cannot compile is refused
 * as well. A verifier finding in an accepted source fails with the source and the finding. Seeds:
 * {@code RuleCheckFuzzTestInputs/} (first byte: 0 DRL, 1 DSLR, 2 table).
 */
class RuleCheckFuzzTest {
  @FuzzTest
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"java.lang.", "System", "Runtime.getRuntime()", "exec(", "exit(0)", "Class.forName(", "::",
      "\"\"\"", "/**/", ".\t", " . ", "import static ", "declare ", "function ", "new ", "getClass()", "now()",
      "Thread", "currentThread()", "java.util.Locale.setDefault(", "getContextClassLoader()", "drools.", "kcontext",
      "getKieRuntime()", "halt()", "Math.random()", "(", ")", "{", "}", ";", "from ", "eval(", "$n", "Integer"})
  void fuzz(byte[] input) {
    RuleSet rules = RuleFuzzing.ruleSet(input);
    PreparedRules prepared;
    try {
      prepared = PreparedRules.prepare(rules, RuleLimits.defaults());
    } catch (RuleSetException e) {
      RuleFuzzing.check(e);
      return;
    }
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "fuzz-" + rules.digest().substring(0, 24), "1.0.0");
    try {
      KieBuilder builder = RuleCompiler.build(services, id, RuleCompiler.drl(prepared));
      if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
        return; // refused by the compiler
      }
      List<RuleProblem> refused = RuleCompiler.verify(builder, prepared);
      assertThat(refused).as("bytecode findings in a source the source check accepted:%n%s",
          RuleFuzzing.text(input)).isEmpty();
    } catch (RuntimeException | StackOverflowError e) {
      return; // Drools throwing while building: the compile step refuses it (RuleCompiler, CompilerMessages)
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }
}
