package io.tracker.imports;

import io.tracker.BadInputLines;
import io.tracker.InputException;
import java.io.ByteArrayInputStream;

/**
 * What the importer's fuzz tests check of every input: reading it as {@code fileName} either gives a
 * book whose warnings are each one short line, or throws {@link InputException} with one short line;
 * anything else thrown (or a hang, or running out of memory) is a finding.
 */
final class ImportFuzzing {
  /**
   * Cells a generated table picks from besides fuzzed text: headers, title and section lines, tasks with
   * targets, units, leaders and deadlines as lists print them.
   */
  static final String[] CELLS = {"序号", "任务", "工作任务", "重点任务", "责任单位", "牵头单位", "配合单位", "责任领导",
      "县级领导", "完成时限", "时限", "年度", "备注", "目标名称", "附件", "2023年政府工作报告重点任务分解表",
      "关于印发2023年政府工作报告重点任务分解的通知", "一、经济发展", "（二）项目建设", "1", "2", "3", "10",
      "发行专债4.5亿元以上", "新增市场主体3500户以上", "地区生产总值增长6%左右", "建成一所学校", "完成投资三亿五千万元",
      "县发改局", "县财政局、县税务局", "县发改局（牵头）", "张三", "李四、王五", "6月底", "2023年12月底", "持续推进",
      "11月底前", "全年", "/", ""};

  private ImportFuzzing() {}

  /** A cell's text: one of {@link #CELLS} or fuzzed text. */
  static String cell(com.code_intelligence.jazzer.api.FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.pickValue(CELLS) : data.consumeString(60);
  }

  static void read(byte[] input, String fileName) {
    ImportResult result;
    try {
      result = TaskBookReader.read(new ByteArrayInputStream(input), fileName, ImportOptions.defaults());
    } catch (InputException e) {
      BadInputLines.check(e);
      return;
    }
    BadInputLines.check(result.warnings());
  }
}
