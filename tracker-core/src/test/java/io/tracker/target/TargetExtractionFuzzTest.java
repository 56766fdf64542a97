package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tracker.BadInputLines;
import io.tracker.InputException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link TargetParser#extract} with any sentence (the input as UTF-8): it either gives targets,
 * each at the place of the sentence it was printed, and warnings of one short line each, or throws
 * {@link InputException} of one short line. Seeds: {@code TargetExtractionFuzzTestInputs/}.
 */
class TargetExtractionFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"以上", "及以上", "以下", "以内", "左右", "上下", "亿元", "万元", "元", "%", "个百分点", "倍", "户", "个",
      "亩", "万亩", "吨", "人", "家", "所", "余", "多", "百分之", "增长", "下降", "达到", "控制在", "分别", "、", "，", "。",
      "和", "其中", "一", "二", "三", "十", "百", "千", "万", "亿", "零", "两", "壹", "廿", "几", "数", "第", "每", "1,200",
      "3.5", "6%—7%", "e9", "E-5", "一季度", "年底", "月", "工作日"})
  void fuzz(byte[] input) {
    String sentence = new String(input, StandardCharsets.UTF_8);
    TargetExtraction extraction;
    try {
      extraction = TargetParser.extract(sentence);
    } catch (InputException e) {
      BadInputLines.check(e);
      return;
    }
    BadInputLines.check(extraction.warnings());
    for (Target target : extraction.targets()) {
      SourceSpan source = target.source();
      assertThat(source.end()).as("end of %s in %s", source, sentence).isLessThanOrEqualTo(sentence.length());
      assertThat(sentence.substring(source.start(), source.end())).as("the printed figure").isEqualTo(source.text());
    }
  }
}
