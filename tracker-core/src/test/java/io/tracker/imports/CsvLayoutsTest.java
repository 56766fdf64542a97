package io.tracker.imports;

import static io.tracker.imports.ImportedBooks.layout;
import static io.tracker.imports.ImportedBooks.tasks;
import static io.tracker.imports.ImportedBooks.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.task.Section;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A CSV converted by hand from a district's merged Excel list: a title row above the header, 编号, a
 * grouping column (目标名称) blank where it was merged, 牵头单位 beside 责任单位, blank cells where
 * units were merged, traditional characters in a header and a cell, names run together.
 */
class CsvLayoutsTest {
  @Test
  void aListConvertedFromMergedExcel() {
    Path file = layout("merged-converted.csv");
    ImportResult result = TaskBookReader.read(file);
    assertThat(result.book().title()).isEqualTo("2025年衢江区政府工作报告重点任务清单");
    assertThat(result.book().year()).isEqualTo(2025);
    assertThat(result.book().sections()).containsExactly(new Section(1, "经济发展"), new Section(2, "民生实事"));
    assertThat(tasks(result.book())).containsExactly(
        // With a 牵头单位 column, 责任单位 holds the co-operating units: never a wrong lead.
        "1 §1 地区生产总值增长6%左右 | 区发改局:牵、区统计局:配 |  | 2025-12-31",
        "2 §1 规上工业增加值增长8% | 区经信局(區經信局):牵 |  | 2025-12-31",
        "3 §1 招引亿元以上项目35个 | 区投促中心:牵、区发改局:配、区统计局:配 |  | 2025-11-30",
        "4 §2 新建城市书房3家 | 区文广旅体局:牵、各乡镇(街道):配 |  | 2025-10-31",
        "5 §2 改造老旧小区12个 | 区文广旅体局:牵、相关县(市、区)政府:配 |  | 2025-09-30");
    assertThat(warnings(result, file)).containsExactly(
        "merged-converted.csv:7:4: 警告: 第 5 项未印牵头单位: 沿用上一项(第 4 项)的 \"区文广旅体局\"");
  }

  @Test
  void aBlankUnitCellInheritsTheRowAboveWithAWarning() {
    ImportResult result = TaskBookReader.read(new StringReader("""
        序号,重点任务,责任单位,责任领导,完成时限
        1,新建污水管网20公里,县住建局、县水利局,王刚,2023年10月底
        2,改造雨污分流小区8个,,,2023年11月底
        """), "units.csv");
    assertThat(tasks(result.book())).containsExactly(
        "1 §1 新建污水管网20公里 | 县住建局:牵、县水利局:配 | 王刚 | 2023-10-31",
        "2 §1 改造雨污分流小区8个 | 县住建局:牵、县水利局:配 | 王刚 | 2023-11-30");
    assertThat(result.warnings()).extracting(Object::toString).containsExactly(
        "units.csv:3:3: 警告: 第 2 项未印责任单位: 沿用上一项(第 1 项)的 \"县住建局、县水利局\"",
        "units.csv:3:3: 警告: 第 2 项未印责任领导: 沿用上一项的 \"王刚\"");
  }

  @Test
  void responsibilityPrintedInTheTaskCell() {
    ImportResult result = TaskBookReader.read(new StringReader("""
        序号,工作任务,完成时限
        1,"改造提升农贸市场5家(县商务局牵头,县市场监管局配合)",2023年9月底
        2,新增停车位1000个。牵头单位:县住建局 责任单位:县公安局、县城管局,2023年12月底
        3,完成造林1万亩(各乡镇分别负责),2023年6月底
        """), "cells.csv");
    assertThat(tasks(result.book())).containsExactly(
        "1 §1 改造提升农贸市场5家 | 县商务局:牵、县市场监管局:配 |  | 2023-09-30",
        "2 §1 新增停车位1000个。 | 县住建局:牵、县公安局:配、县城管局:配 |  | 2023-12-31",
        "3 §1 完成造林1万亩 | 各乡镇:牵 |  | 2023-06-30");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aNameTheReaderDoesNotKnowIsKeptWithAWarning() {
    ImportResult result = TaskBookReader.read(new StringReader("""
        序号,任务,责任单位,年度
        1,推进数字政务建设,县大数据发展服务保障,2023
        """), "names.csv");
    assertThat(tasks(result.book())).containsExactly("1 §1 推进数字政务建设 | 县大数据发展服务保障:牵 |  | -");
    assertThat(result.warnings()).extracting(Object::toString)
        .containsExactly("names.csv:2:12: 警告: 未识别的单位名称 \"县大数据发展服务保障\": 照印保留");
  }

  @Test
  void headersMappedByTheCaller() {
    String csv = "序号,目标任务,承办科室,完成时限\n1,完成审计项目20个,县审计局,2023年12月底\n";
    assertThatThrownBy(() -> TaskBookReader.read(new StringReader(csv), "map.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("map.csv:1:9: 未知表头 \"承办科室\": 应为 序号/编号、");
    ImportResult mapped = TaskBookReader.read(new StringReader(csv), "map.csv",
        ImportOptions.defaults().withColumn("承办科室", TaskColumn.UNITS));
    assertThat(tasks(mapped.book())).containsExactly("1 §1 完成审计项目20个 | 县审计局:牵 |  | 2023-12-31");
  }

  @Test
  void aYearFromTheFileNameIsAWarning() {
    ImportResult result = TaskBookReader.read(new StringReader("序号,任务,责任单位,完成时限\n1,任务一,县财政局,11月底\n"),
        "lists/重点任务-2024.csv");
    assertThat(result.book().year()).isEqualTo(2024);
    assertThat(result.warnings()).extracting(Object::toString).containsExactly(
        "lists/重点任务-2024.csv:1:1: 警告: 年份取自文件名 \"重点任务-2024.csv\": 2024 年(清单中未写明年份)");
  }
}
