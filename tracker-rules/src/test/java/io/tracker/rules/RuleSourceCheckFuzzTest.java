package io.tracker.rules;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the source check (DSL expansion, decision-table generation, {@link RuleSafety}) without
 * compiling: any rule file is accepted or refused with problems of one short line each; anything else
 * thrown, a hang or running out of memory is a finding. {@link RuleCheckFuzzTest} compiles what this
 * check accepts. Seeds: {@code RuleSourceCheckFuzzTestInputs/} (first byte: 0 DRL, 1 DSLR, 2 table).
 */
class RuleSourceCheckFuzzTest {
  @FuzzTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"package ", "import ", "import static ", "import function ", "rule ", "when", "then", "end",
      "declare ", "function ", "global ", "query ", "salience ", "from ", "eval(", "accumulate(", "collect(",
      "not ", "exists ", "forall(", "new ", "insert(", "insertLogical(", "modify(", "update(", "drools.", "getRule()",
      "java.lang.", "System", "Runtime", "exec(", "exit(", "Class", "forName", "::", "\"\"\"", "\\u0020", "/*", "*/",
      "//", "$f", "TaskFact", "TargetFact", "Completion", "RiskFlag", "BigDecimal", "Math", "while", "for(", "do",
      "(", ")", "{", "}", ";", "expander tracker.dsl;", "RuleTable ", "CONDITION", "ACTION", "NAME", "RuleSet",
      "Import", "亮黄灯", "已报送", "截至日期", "该指标"})
  void fuzz(byte[] input) {
    try {
      PreparedRules.prepare(RuleFuzzing.ruleSet(input), RuleLimits.defaults());
    } catch (RuleSetException e) {
      RuleFuzzing.check(e);
    }
  }
}
