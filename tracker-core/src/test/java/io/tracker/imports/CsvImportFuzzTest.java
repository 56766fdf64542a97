package io.tracker.imports;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** Fuzzes the importer with any bytes named {@code list.csv}. Seeds: {@code CsvImportFuzzTestInputs/}. */
class CsvImportFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"序号", "任务", "工作任务", "责任单位", "牵头单位", "配合单位", "责任领导", "完成时限", "年度",
      "目标名称", ",", "\"", "\"\"", "月底", "以上", "亿元", "%", "2023", "、", "县发改局"})
  void fuzz(byte[] input) {
    ImportFuzzing.read(input, "list.csv");
  }
}
