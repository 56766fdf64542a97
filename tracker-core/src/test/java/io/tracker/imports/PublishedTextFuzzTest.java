package io.tracker.imports;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the importer with any bytes named {@code list.txt}: published text in its layouts (outlines,
 * "|" and tab tables, one cell per line), and whatever else the content says it is (a ZIP or OLE2
 * signature, JSON, a CSV header line), in UTF-8, GB18030 or with a byte order mark. Seeds:
 * {@code PublishedTextFuzzTestInputs/}.
 */
class PublishedTextFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"序号", "任务", "工作任务", "责任单位", "牵头单位", "配合单位", "责任领导", "完成时限", "附件",
      "一、", "（一）", "1.", "(1)", "|", "\t", "年", "月底", "以上", "亿元", "万元", "%", "个", "县政府办",
      "关于印发", "工作报告", "重点任务", "分解", "的通知", "年度", "2023", "持续推进", "底前"})
  void fuzz(byte[] input) {
    ImportFuzzing.read(input, "list.txt");
  }
}
