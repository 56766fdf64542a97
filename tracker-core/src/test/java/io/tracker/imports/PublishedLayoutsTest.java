package io.tracker.imports;

import static io.tracker.imports.ImportedBooks.layout;
import static io.tracker.imports.ImportedBooks.tasks;
import static io.tracker.imports.ImportedBooks.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.task.Section;
import io.tracker.task.TaskBook;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Published text in the layouts other places print (fixtures under {@code layouts/}, written for
 * these tests in the manner of real lists): every task, unit, lead, leader and deadline, and exactly
 * the warnings each one gives.
 */
class PublishedLayoutsTest {

  /** A county's notice from a web page: file name, OA metadata and noise lines, no 附件, an outline. */
  @Test
  void countyOutlineWithResponsibilityInTheTaskText() {
    Path file = layout("county-outline.txt");
    ImportResult result = TaskBookReader.read(file);
    TaskBook book = result.book();
    assertThat(book.title()).isEqualTo("竹山县人民政府办公室关于印发2016年县政府重点工作任务分解方案的通知");
    assertThat(book.issuer()).isEqualTo("竹山县人民政府办公室");
    assertThat(book.documentNumber()).isEqualTo("竹府办〔2016〕20号");
    assertThat(book.year()).isEqualTo(2016);
    assertThat(book.issuedOn()).contains(LocalDate.of(2016, 3, 2)); // the signature after the list
    assertThat(book.sections()).containsExactly(new Section(1, "一、稳增长"), new Section(2, "二、惠民生"));
    assertThat(tasks(book)).containsExactly(
        "1 §1 全县生产总值增长8.5%以上。 | 县发改局:牵、县统计局:牵、各乡镇:配 |  | -",
        "2 §1 完成固定资产投资120亿元。 | 县发改局:牵、县财政局:配、县住建局:配 |  | -",
        "3 §1 新开工亿元以上项目20个,其中工业项目12个。 | 县经信局:牵 |  | -",
        "4 §2 城镇新增就业3000人。 | 县人社局:牵 |  | -",
        "5 §2 改造农村危房500户。 | 各乡镇:牵 |  | -",
        "6 §2 建设城区公共停车场2处。 | 县住建局:牵、县城管局:配 |  | -");
    assertThat(warnings(result, file)).isEmpty();
  }

  /** A district's three levels (一、 (一) 1.), numbering per group, sub-items, label lines. */
  @Test
  void districtThreeLevelsWithLabelLinesAndSubItems() {
    Path file = layout("district-three-levels.txt");
    ImportResult result = TaskBookReader.read(file);
    TaskBook book = result.book();
    assertThat(book.documentNumber()).isEqualTo("柯政发〔2024〕5号");
    assertThat(book.year()).isEqualTo(2024);
    assertThat(book.sections()).extracting(Section::title).containsExactly(
        "一、聚力产业发展 / (一)做强工业经济",
        "一、聚力产业发展 / (一)做强工业经济 / 实施技改项目50个以上,其中:",
        "一、聚力产业发展 / (二)扩大有效投资",
        "二、优化城乡环境 / (一)推进城市更新");
    // Numbers start again in each group and (一) repeats under 二、, so ids carry the whole path.
    assertThat(tasks(book)).containsExactly(
        "一、(一)1 §1 规上工业增加值增长8%以上。 | 区经信局:牵、区发改局:配、区统计局:配 |  | 2024-12-31",
        "一、(一)2.1 §2 新增智能工厂5家。 | 区经信局:牵 |  | 2024-09-30",
        "一、(一)2.2 §2 新增数字化车间10个。 | 区经信局:牵、区科技局:牵 |  | 2024-11-30",
        "一、(二)1 §3 完成固定资产投资增长6%。 | 区发改局:牵、区财政局:配 |  | 2024-12-31",
        "二、(一)1 §4 改造老旧小区30个。 | 区住建局:牵、高新区(邹区镇):配、区文化和广电旅游体育局:配 |  | 2024-10-31",
        "二、(一)2 §4 新建口袋公园10个。 | 区住建局:牵、高新区(邹区镇):配、区文化和广电旅游体育局:配 |  | 2024-06-30");
    assertThat(warnings(result, file)).containsExactly(
        "district-three-levels.txt:29:3: 警告: 第 二、(一)2 项未印责任单位: 沿用上一项(第 二、(一)1 项)的 "
            + "\"区住建局、高新区(邹区镇)、区文化和广电旅游体育局\"");
  }

  /** A city's list in traditional characters, sections grouped by leader, run-together names. */
  @Test
  void cityListInTraditionalCharactersGroupedByLeader() {
    Path file = layout("city-leaders.txt");
    ImportResult result = TaskBookReader.read(file);
    TaskBook book = result.book();
    assertThat(book.documentNumber()).isEqualTo("穗府辦〔2006〕19號");
    assertThat(book.issuer()).isEqualTo("廣州市人民政府辦公廳");
    assertThat(book.year()).isEqualTo(2006);
    assertThat(book.sections()).extracting(Section::title).containsExactly("一、張明同志負責:", "二、城市管理");
    assertThat(tasks(book)).containsExactly(
        // The pinyin "(shè)" a translation tool inserted is gone; names simplified, printed kept.
        "1 §1 建設國際航運中心,港口貨物吞吐量達到3億噸。 | 市发展改革委(市發展改革委):牵、市交通局:配、市港务局(市港務局):配"
            + " | 张明 | -",
        "2 §1 推進區發改局區統計局聯合統計改革。 | 市统计局(市統計局):牵、区发改局(區發改局):配、区统计局(區統計局):配"
            + " | 张明 | -",
        "3 §2 整治城市道路50條。 | 市市政园林局(市市政園林局):牵、省直有关部门(省直有關部門):配、各市人民政府:配 | 李华 | -",
        "4 §2 完善人民銀行廣州分行支付系統。 | 人民银行广州分行(人民銀行廣州分行):牵、各区人民政府(各區人民政府):配"
            + " | 李华 | -");
    assertThat(warnings(result, file)).isEmpty();
  }

  /** A table with "|" cells: 牵头单位 and 责任单位 both printed (责任单位 co-operates), noise inside. */
  @Test
  void pipeTableWithLeadAndResponsibleColumns() {
    Path file = layout("pipe-table.txt");
    ImportResult result = TaskBookReader.read(file);
    TaskBook book = result.book();
    assertThat(book.sections()).containsExactly(new Section(1, "2021年龙游县民生实事项目责任分解表"));
    assertThat(tasks(book)).containsExactly(
        "1 §1 新建城乡公交候车亭100个 | 县交通运输局:牵、县财政局:配、各乡镇(街道):配 | 王刚 | 2021-10-31",
        "2 §1 改造提升农贸市场3家 | 县市场监管局:牵、县商务局:配、龙洲街道:配 | 王刚 | 2021-12-31",
        "3 §1 新增养老床位200张 | 县民政局:牵、县卫健局:配 | 陈红 | 2021-12-31",
        "4 §1 建设城市书房5家 | 县文广旅体局:牵、经开区:配、柯城区:配 | 陈红 | 2021-11-30");
    assertThat(warnings(result, file)).containsExactly(
        "pipe-table.txt:8:53: 警告: 备注未导入: \"含东华街道\"",
        "pipe-table.txt:9:1: 警告: 跳过表中的网页杂项行: \"分享到:\"");
  }

  /** An indicator table (tab-separated) whose rows print no number, from its second annex on. */
  @Test
  void indicatorRowsWithoutNumbers() {
    Path file = layout("indicators.txt");
    ImportResult result = TaskBookReader.read(file);
    assertThat(tasks(result.book())).containsExactly(
        "1 §1 地区生产总值增长7% | 县发改局:牵 |  | 2023-12-31",
        "2 §1 一般公共预算收入增长6% | 县财政局:牵 |  | 2023-12-31",
        "3 §1 城镇居民人均可支配收入增长6.5% | 县人社局:牵、县统计局:配 |  | 2023-12-31");
    assertThat(warnings(result, file)).containsExactly(
        "indicators.txt:4:2: 警告: 本表未印序号: 任务按出现顺序编号, 自 \"1\" 起");
  }

  private static ImportResult text(String name, String text) {
    return TaskBookReader.read(new java.io.StringReader(text), name);
  }

  /** Sections headed by their lead unit; tasks numbered 1、 with sub-items ① carrying their own deadlines. */
  @Test
  void sectionsGroupedByLeadUnitAndCircledSubItems() {
    ImportResult result = text("units.txt", """
        西乡县人民政府办公室关于2019年重点工作任务分工的通知
        一、县发改局牵头
        1、争取中央预算内投资5亿元。
        2、谋划储备重大项目100个。(县财政局配合)
        二、县住建局、县城管局牵头
        3、实施城市更新行动,其中:
        ①改造老旧小区10个,6月底前完成;
        完成时限:6月底
        ②新建公园2个。
        完成时限:10月底
        """);
    assertThat(result.book().year()).isEqualTo(2019);
    assertThat(result.book().sections()).extracting(Section::title).containsExactly(
        "一、县发改局牵头", "二、县住建局、县城管局牵头 / 实施城市更新行动,其中:");
    assertThat(tasks(result.book())).containsExactly(
        "1 §1 争取中央预算内投资5亿元。 | 县发改局:牵 |  | -",
        "2 §1 谋划储备重大项目100个。 | 县发改局:牵、县财政局:配 |  | -",
        "3.1 §2 改造老旧小区10个,6月底前完成; | 县住建局:牵、县城管局:牵 |  | 2019-06-30",
        "3.2 §2 新建公园2个。 | 县住建局:牵、县城管局:牵 |  | 2019-10-31");
    assertThat(result.warnings()).isEmpty();
  }

  /** The year from a 文号 of any prefix, else from the signing date (a warning). */
  @Test
  void yearFromTheDocumentNumberOrTheSigningDate() {
    String list = "一、稳增长\n1.完成固定资产投资增长10%。(县发改局负责)\n";
    assertThat(text("a.txt", "竹山县人民政府关于重点工作任务分工的通知\n竹府办〔2016〕20号\n" + list).book().year())
        .isEqualTo(2016);
    ImportResult signed = text("b.txt", "竹山县人民政府关于重点工作任务分工的通知\n" + list
        + "竹山县人民政府\n2017年1月5日\n");
    assertThat(signed.book().year()).isEqualTo(2017);
    assertThat(signed.book().issuedOn()).contains(LocalDate.of(2017, 1, 5));
    assertThat(signed.warnings()).extracting(Object::toString).containsExactly(
        "b.txt:5:1: 警告: 年份取自落款日期 2017-01-05: 2017 年(标题、文号和完成时限均未写明年份)");
    assertThatThrownBy(() -> text("c.txt", "关于重点工作任务分工的通知\n" + list))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("c.txt:1:1: 无年度列、未给定年份 (--year)、标题和文号未写明年份");
  }

  @Test
  void strictReadingTurnsTheFirstWarningIntoAnError() {
    Path file = layout("district-three-levels.txt");
    assertThatThrownBy(() -> TaskBookReader.read(file).strictBook())
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("district-three-levels.txt:29:3: 第 二、(一)2 项未印责任单位: 沿用上一项(第 二、(一)1 项)的 "
            + "\"区住建局、高新区(邹区镇)、区文化和广电旅游体育局\"");
  }
}
