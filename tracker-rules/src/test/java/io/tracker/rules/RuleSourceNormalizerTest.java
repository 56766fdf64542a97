package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSourceNormalizerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "亮红灯，原因“滞后”|亮红灯,原因\"滞后\"",
      "完成率≥80％时加1分。|完成率≥80%时加1分.",
      "黄灯2次、红灯1次：扣1分；|黄灯2次,红灯1次:扣1分;",
      "（含）《规划》【重点】|(含)<规划>[重点]",
      "是否完成？完成！|是否完成?完成!",
      "全面完成　3分|全面完成 3分",
      "一季度15%/上半年25%|一季度15%/上半年25%"})
  void mapsChinesePunctuationToAscii(String typed, String normalized) {
    assertThat(RuleSourceNormalizer.normalize(typed)).isEqualTo(normalized);
  }

  @Test
  void escapesRegexMetacharactersInPhrasesOnly() {
    String dsl = "[when]任务滞后（含）超过{n:\\d+}个百分点？=$t : TaskFact( lag > {n} )\n# 注释（不变）";
    assertThat(RuleSourceNormalizer.normalizeDsl(dsl))
        .isEqualTo("[when]任务滞后\\(含\\)超过{n:\\d+}个百分点\\?=$t : TaskFact( lag > {n} )\n# 注释(不变)");
  }

  @Test
  void fullWidthPunctuationRejectedByDroolsIsAcceptedAfterNormalising() throws Exception {
    String dsl = "[when]任务滞后（含）超过{n}个百分点=$t : TaskFact( lag > {n} )\n"
        + "[then]亮红灯，原因“{reason}”=flags.add(\"{reason}，请督办。\");";
    assertThat(lexerErrors(dsl)).isPositive();

    String drl = expand(RuleSourceNormalizer.normalizeDsl(dsl),
        RuleSourceNormalizer.normalize("rule \"r\"\nwhen\n  任务滞后（含）超过30个百分点\nthen\n  亮红灯，原因“太慢”\nend"));
    assertThat(drl).contains("$t : TaskFact( lag > 30 )").contains("flags.add(\"太慢,请督办.\");");
  }

  static int lexerErrors(String dsl) throws Exception {
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    file.parseAndLoad(new StringReader(dsl));
    return file.getErrors().size();
  }

  static String expand(String dsl, String dslr) throws Exception {
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    assertThat(file.parseAndLoad(new StringReader(dsl))).as("%s", file.getErrors()).isTrue();
    DefaultExpander expander = new DefaultExpander();
    expander.addDSLMapping(file.getMapping());
    String drl = expander.expand(new StringReader(dslr));
    assertThat(expander.getErrors()).isEmpty();
    return drl;
  }
}
