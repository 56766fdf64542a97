package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.target.Target;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Indicator tables (考核指标表) written for this test in the layouts assessment offices publish: one
 * target column per county under a 考核目标 header (two header rows in CSV and text, a merged header
 * in Excel), one 目标值 column, units of measure in a column, in the indicator's name and in the
 * target header, "/" cells, text cells, relative targets and scoring texts.
 */
class IndicatorTableImportTest {
  private static final ImportOptions YEAR = ImportOptions.defaults().withYear(2023);

  static ImportResult csv(String text) {
    return TaskBookReader.read(new StringReader(text), "指标.csv", YEAR);
  }

  static ImportResult text(String text) {
    return TaskBookReader.read(new StringReader(text), "指标.txt", YEAR);
  }

  /**
   * "id text | 单位、… | 分值 | 考核单位 | targets" with each target as "assignee:KIND BOUND figure" or
   * "assignee:KIND BOUND ~reference".
   */
  static String describe(Task task) {
    return task.id() + " " + task.text() + " | "
        + task.responsibility().units().stream().map(u -> u.name() + (u.role().name().equals("LEAD") ? "" : "(配)"))
            .collect(Collectors.joining("、"))
        + " | " + task.weight().map(w -> w.toPlainString()).orElse("-") + " | " + task.assessor().orElse("-")
        + " | " + task.targets().stream().map(IndicatorTableImportTest::describe).collect(Collectors.joining(" "));
  }

  static String describe(Target t) {
    return t.assignee().map(a -> a + ":").orElse("") + t.kind() + " " + t.bound() + " "
        + t.figure().map(Object::toString).orElseGet(() -> "~" + t.reference().orElseThrow().printed()
            + t.reference().orElseThrow().unit().map(u -> "(" + u + ")").orElse(""));
  }

  static List<String> tasks(TaskBook book) {
    return book.tasks().stream().map(IndicatorTableImportTest::describe).toList();
  }

  static List<String> warnings(ImportResult result) {
    return result.warnings().stream().map(InputWarning::toString).toList();
  }

  /** The three counties, as a county assessment office prints them: one column per county. */
  static final String PER_COUNTY = """
      序号,考核指标,计量单位,考核目标,,,分值,评分标准,考核单位
      ,,,柯城区,衢江区,龙游县,,,
      1,建设镇级污水处理设施,座,1,6,2,10,"完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止",市建设局
      2,城镇污水处理率,%,≥85%,≥85%,/,8,完成得基本分；每超过1个百分点加0.5分，最高加2分；每低于1个百分点扣1分，扣完为止,市生态环境局
      3,农村生活污水治理投资(万元),,500,"1,200",300,6,完成得基本分；每超过100万元加1分，加分至基本分值封顶；未完成的不得分,市农业农村局
      4,城镇居民人均可支配收入增速,%,不低于全省平均水平,高于全市平均,年终根据全省平均水平综合考核,5,按完成比例得分,市统计局
      5,城镇生活污水处理设施,%,已建设施运行负荷率达60以上,达60以上,,4,完成得基本分；每超过1%加1分,市建设局
      """;

  @Test
  void readsOneTargetColumnPerCounty() {
    ImportResult result = csv(PER_COUNTY);
    assertThat(tasks(result.book())).containsExactly(
        "1 建设镇级污水处理设施 | 柯城区、衢江区、龙游县 | 10 | 市建设局 | 柯城区:AMOUNT EXACTLY 1座 衢江区:AMOUNT EXACTLY 6座"
            + " 龙游县:AMOUNT EXACTLY 2座",
        "2 城镇污水处理率 | 柯城区、衢江区 | 8 | 市生态环境局 | 柯城区:LEVEL AT_LEAST 85% 衢江区:LEVEL AT_LEAST 85%",
        "3 农村生活污水治理投资(万元) | 柯城区、衢江区、龙游县 | 6 | 市农业农村局 | 柯城区:AMOUNT EXACTLY 500万元"
            + " 衢江区:AMOUNT EXACTLY 1200万元 龙游县:AMOUNT EXACTLY 300万元",
        "4 城镇居民人均可支配收入增速 | 柯城区、衢江区、龙游县 | 5 | 市统计局 | 柯城区:GROWTH AT_LEAST ~全省平均水平(%)"
            + " 衢江区:GROWTH AT_LEAST ~全市平均(%) 龙游县:GROWTH EXACTLY ~全省平均水平(%)",
        "5 城镇生活污水处理设施 | 柯城区、衢江区 | 4 | 市建设局 | 柯城区:LEVEL AT_LEAST 60% 衢江区:LEVEL AT_LEAST 60%");
    assertThat(warnings(result)).containsExactly(
        "指标.csv:6:36: 警告: 龙游县的相对目标 \"年终根据全省平均水平综合考核\" 未印比较方向(如 不低于、高于): 按达到 全省平均水平 导入",
        "指标.csv:7:37: 警告: 龙游县的目标为空: 第 5 项视为不考核龙游县",
        "指标.csv:7:40: 警告: 评分标准 \"完成得基本分；每超过1%加1分\" 未说明未完成目标时如何计分: 未完成时按完成比例 × 分值计分");
    Task first = result.book().tasks().get(0);
    assertThat(first.scoringText()).contains(
        "完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止");
    assertThat(first.responsibility().units()).extracting(ResponsibleUnit::role).containsOnly(io.tracker.task.Role.LEAD);
    assertThat(result.book().tasks().get(4).targets()).extracting(t -> t.metric())
        .containsExactly("已建设施运行负荷率", "城镇生活污水处理设施");
    assertThat(result.book().tasks().get(3).targets()).allSatisfy(t -> {
      assertThat(t.figure()).isEmpty();
      assertThatThrownBy(t::value).isInstanceOf(IllegalStateException.class);
    });
  }

  @Test
  void readsOneTargetColumnWithUnitsOfMeasureInColumnAndName() {
    ImportResult result = csv("""
        序号,指标名称,单位,目标值,分值,评分标准,责任单位,考核单位
        1,一般公共预算收入,亿元,186,10,"完成得基本分，每超过1%加0.5分，最高加3分；每低于1%扣1分，扣完为止",县财政局,县政府办
        2,城镇登记失业率,%,低于4.1,5,每超过0.1个百分点扣1分，扣完为止,县人社局,县政府办
        3,新增城镇就业(万人),,1.2,5,未完成的不得分,县人社局,县政府办
        4,城镇污水处理率,%,≥85%,5,/,县住建局,/
        5,全年安全生产事故,起,/,3,发生一起较大事故扣3分,县应急管理局,县安委办
        """);
    assertThat(tasks(result.book())).containsExactly(
        "1 一般公共预算收入 | 县财政局 | 10 | 县政府办 | AMOUNT EXACTLY 186亿元",
        "2 城镇登记失业率 | 县人社局 | 5 | 县政府办 | LEVEL AT_MOST 4.1%",
        "3 新增城镇就业(万人) | 县人社局 | 5 | 县政府办 | AMOUNT EXACTLY 1.2万人",
        "4 城镇污水处理率 | 县住建局 | 5 | - | LEVEL AT_LEAST 85%",
        "5 全年安全生产事故 | 县应急管理局 | 3 | 县安委办 | ");
    assertThat(result.book().tasks().get(3).scoringText()).isEmpty();
    assertThat(result.book().tasks().get(4).scoringText()).contains("发生一起较大事故扣3分");
    assertThat(warnings(result)).containsExactly(
        "指标.csv:6:12: 警告: 计量单位 \"起\" 不是已知单位(如 %、个、座、亿元、万人): 此项不生成数值目标",
        "指标.csv:6:18: 警告: 评分标准中的 \"发生一起较大事故扣3分\" 无法读出: 应为 完成得基本分、每超过5%加1分、每低于1%扣1分、"
            + "不足5%的按比例计、扣完为止、最高加3分、加分至基本分值封顶、未完成的不得分 或 按完成比例得分 之类; 此项按完成比例 × 分值计分");
  }

  @Test
  void aUnitOfMeasureInTheTargetHeaderIsEveryRowsUnlessTheRowPrintsOne() {
    ImportResult result = csv("""
        序号,考核指标,目标值(亿元),分值,责任单位
        1,一般公共预算收入,186,10,县财政局
        2,税收收入,低于150,10,县税务局
        3,新增城镇就业(万人),1.2,5,县人社局
        """);
    assertThat(tasks(result.book())).containsExactly(
        "1 一般公共预算收入 | 县财政局 | 10 | - | AMOUNT EXACTLY 186亿元",
        "2 税收收入 | 县税务局 | 10 | - | AMOUNT AT_MOST 150亿元",
        "3 新增城镇就业(万人) | 县人社局 | 5 | - | AMOUNT EXACTLY 1.2万人");
    assertThat(warnings(result)).containsExactly(
        "指标.csv:4:3: 警告: 计量单位不一致: 指标名称为 万人, 表头为 亿元: 按 万人 计");
  }

  @Test
  void aUnitOfMeasureFromTheNameDisagreeingWithTheColumnIsAWarning() {
    ImportResult result = csv("""
        序号,考核指标,计量单位,目标值,分值,责任单位
        1,农村公路建设(公里),万元,120,5,县交通运输局
        """);
    assertThat(tasks(result.book())).containsExactly("1 农村公路建设(公里) | 县交通运输局 | 5 | - | AMOUNT EXACTLY 120万元");
    assertThat(warnings(result)).containsExactly(
        "指标.csv:2:3: 警告: 计量单位不一致: 计量单位列为 万元, 指标名称为 公里: 按 万元 计");
  }

  @Test
  void unitsNamedAsHeadersNeedNoHeaderAboveThem() {
    ImportResult result = csv("""
        序号,考核指标,计量单位,柯城区,衢江区,分值
        1,新建5G基站,个,120,80,4
        """);
    assertThat(tasks(result.book())).containsExactly(
        "1 新建5G基站 | 柯城区、衢江区 | 4 | - | 柯城区:AMOUNT EXACTLY 120个 衢江区:AMOUNT EXACTLY 80个");
  }

  @Test
  void aPrinted责任单位BesideUnitColumnsCoOperates() {
    TaskBook book = csv("""
        序号,考核指标,计量单位,考核目标,,分值,责任单位
        ,,,柯城区,衢江区,,
        1,新建5G基站,个,120,80,4,市经信局
        """).book();
    assertThat(tasks(book)).containsExactly(
        "1 新建5G基站 | 柯城区、衢江区、市经信局(配) | 4 | - | 柯城区:AMOUNT EXACTLY 120个 衢江区:AMOUNT EXACTLY 80个");
  }

  @Test
  void anIndicatorTableWithoutUnitsIsOneWarning() {
    ImportResult result = csv("""
        序号,考核项目,考核指标,计量单位,目标任务,基本分
        1,经济发展,地区生产总值增速,%,7,10
        2,经济发展,一般公共预算收入(亿元),,186,10
        3,生态环境,森林覆盖率,%,不低于60,5
        """);
    assertThat(tasks(result.book())).containsExactly(
        "1 地区生产总值增速 |  | 10 | - | GROWTH EXACTLY 7%",
        "2 一般公共预算收入(亿元) |  | 10 | - | AMOUNT EXACTLY 186亿元",
        "3 森林覆盖率 |  | 5 | - | LEVEL AT_LEAST 60%");
    assertThat(result.book().sections()).extracting(s -> s.title()).containsExactly("经济发展", "生态环境");
    assertThat(warnings(result)).containsExactly("指标.csv:2:8: 警告: 本表未印责任单位: 指标不归属任何单位");
  }

  @Test
  void aTaskListWith目标任务AsItsTaskColumnIsUnchanged() {
    ImportResult result = csv("""
        序号,目标任务,责任单位,完成时限
        1,地区生产总值增长7%,县发改局,12月底
        """);
    assertThat(tasks(result.book())).containsExactly("1 地区生产总值增长7% | 县发改局 | - | - | GROWTH EXACTLY 7%");
  }

  /** The per-county table in Excel: 考核目标 merged over the county columns, header cells merged down. */
  static byte[] perCountyWorkbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("考核指标");
      row(sheet, 0, "2023年度污水治理工作考核指标表");
      sheet.addMergedRegion(CellRangeAddress.valueOf("A1:I1"));
      row(sheet, 1, "序号", "考核指标", "计量单位", "考核目标", null, null, "分值", "评分标准", "考核单位");
      row(sheet, 2, null, null, null, "柯城区", "衢江区", "龙游县");
      for (String range : List.of("A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "I2:I3")) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
      }
      row(sheet, 3, "一、水污染防治");
      sheet.addMergedRegion(CellRangeAddress.valueOf("A4:I4"));
      row(sheet, 4, 1, "建设镇级污水处理设施", "座", 1, 6, 2, 10,
          "完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止", "市建设局");
      row(sheet, 5, 2, "城镇污水处理率", "%", "≥85%", null, null, 8,
          "完成得基本分；每超过1个百分点加0.5分，最高加2分；每低于1个百分点扣1分，扣完为止", "市生态环境局");
      sheet.addMergedRegion(CellRangeAddress.valueOf("D6:F6")); // one target for every county
      row(sheet, 6, 3, "农村生活污水治理投资(万元)", null, 500, 1200, "/", 6, "完成得基本分；每超过100万元加1分；未完成的不得分",
          "市农业农村局");
      row(sheet, 7, 4, "乡镇污水管网", "公里", 12, 8, 5, 6, "完成得基本分；每超过100万元加1分；未完成的不得分", "市建设局");
      sheet.addMergedRegion(CellRangeAddress.valueOf("G8:G9")); // a 分值 shared by two rows
      row(sheet, 8, 5, "入户管网", "公里", 20, 30, 10, null, "完成得基本分", "市建设局");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void row(Sheet sheet, int r, Object... cells) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (cells[c] != null) {
        row.createCell(c).setCellValue(cells[c].toString());
      }
    }
  }

  @Test
  void readsAWorkbookWithTheTargetHeaderMergedOverTheCounties() throws IOException {
    ImportResult result = TaskBookReader.read(new ByteArrayInputStream(perCountyWorkbook()), "指标.xlsx", YEAR);
    assertThat(result.book().sections()).extracting(s -> s.title()).containsExactly("一、水污染防治");
    assertThat(tasks(result.book())).containsExactly(
        "1 建设镇级污水处理设施 | 柯城区、衢江区、龙游县 | 10 | 市建设局 | 柯城区:AMOUNT EXACTLY 1座 衢江区:AMOUNT EXACTLY 6座"
            + " 龙游县:AMOUNT EXACTLY 2座",
        "2 城镇污水处理率 | 柯城区、衢江区、龙游县 | 8 | 市生态环境局 | 柯城区:LEVEL AT_LEAST 85% 衢江区:LEVEL AT_LEAST 85%"
            + " 龙游县:LEVEL AT_LEAST 85%",
        "3 农村生活污水治理投资(万元) | 柯城区、衢江区 | 6 | 市农业农村局 | 柯城区:AMOUNT EXACTLY 500万元"
            + " 衢江区:AMOUNT EXACTLY 1200万元",
        "4 乡镇污水管网 | 柯城区、衢江区、龙游县 | 6 | 市建设局 | 柯城区:AMOUNT EXACTLY 12公里 衢江区:AMOUNT EXACTLY 8公里"
            + " 龙游县:AMOUNT EXACTLY 5公里",
        "5 入户管网 | 柯城区、衢江区、龙游县 | 6 | 市建设局 | 柯城区:AMOUNT EXACTLY 20公里 衢江区:AMOUNT EXACTLY 30公里"
            + " 龙游县:AMOUNT EXACTLY 10公里");
    assertThat(warnings(result)).containsExactly(
        "指标.xlsx:考核指标!H8: 警告: 评分标准 \"完成得基本分；每超过100万元加1分；未完成的不得分\" 的计分步长与计量单位 公里 不符: "
            + "此项按完成比例 × 分值计分",
        "指标.xlsx:考核指标!G9: 警告: 分值为合并单元格: 第 5 项也计 \"6\" 分(沿用 指标.xlsx:考核指标!G8)",
        "指标.xlsx:考核指标!H9: 警告: 评分标准 \"完成得基本分\" 未说明未完成目标时如何计分: 未完成时按完成比例 × 分值计分");
  }

  /** The per-county table as a web page prints it: one cell per line. */
  static final String PER_COUNTY_TEXT = """
      附件
      2023年度污水治理工作考核指标表
      序号
      考核指标
      计量单位
      考核目标
      柯城区
      衢江区
      龙游县
      分值
      评分
      标准
      考核单位
      1
      建设镇级污水处理设施
      座
      1
      6
      2
      10
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止
      市建设局
      2
      城镇污水处理率
      %
      ≥85%
      ≥85%
      /
      8
      完成得基本分；每超过1个百分点加0.5分，最高加2分；每低于1个百分点扣1分，扣完为止
      市生态环境局
      """;

  private static final List<String> PER_COUNTY_TASKS = List.of(
      "1 建设镇级污水处理设施 | 柯城区、衢江区、龙游县 | 10 | 市建设局 | 柯城区:AMOUNT EXACTLY 1座 衢江区:AMOUNT EXACTLY 6座"
          + " 龙游县:AMOUNT EXACTLY 2座",
      "2 城镇污水处理率 | 柯城区、衢江区 | 8 | 市生态环境局 | 柯城区:LEVEL AT_LEAST 85% 衢江区:LEVEL AT_LEAST 85%");

  @Test
  void readsTextWithOneCellPerLineRowsClosedByTheNextNumber() {
    ImportResult result = text(PER_COUNTY_TEXT);
    assertThat(result.book().year()).isEqualTo(2023);
    assertThat(result.book().title()).isEqualTo("2023年度污水治理工作考核指标表");
    assertThat(tasks(result.book())).isEqualTo(PER_COUNTY_TASKS);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void readsTextWithOneCellPerLineRowsClosedByABar() {
    String piped = PER_COUNTY_TEXT.replace("市建设局\n", "市建设局\n|\n").replace("市生态环境局\n", "市生态环境局\n|\n");
    assertThat(tasks(text(piped).book())).isEqualTo(PER_COUNTY_TASKS);
  }

  @Test
  void readsABarTableWithTwoHeaderRows() {
    ImportResult result = text("""
        2023年度污水治理工作考核指标表
        |序号|考核指标|计量单位|考核目标| | |分值|评分标准|考核单位|
        |---|---|---|---|---|---|---|---|---|
        | | | |柯城区|衢江区|龙游县| | | |
        |1|建设镇级污水处理设施|座|1|6|2|10|完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止|市建设局|
        |2|城镇污水处理率|%|≥85%|≥85%|/|8|完成得基本分；每超过1个百分点加0.5分，最高加2分；每低于1个百分点扣1分，扣完为止|市生态环境局|
        """);
    assertThat(tasks(result.book())).isEqualTo(PER_COUNTY_TASKS);
  }

  @Test
  void aRowMissingACellIsAnError() {
    String missing = PER_COUNTY_TEXT.replace("座\n", "");
    assertThatThrownBy(() -> text(missing)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e)
        .hasMessage("指标.txt:23:1: 第 1 项之后的 \"城镇污水处理率\" 不是序号 2: 每项应有 9 个单元格(空单元格印 / 或 -), "
            + "或以单独一行的 | 结束每一行"));
    String lastMissing = PER_COUNTY_TEXT.replace("≥85%\n≥85%\n/\n", "≥85%\n≥85%\n");
    assertThatThrownBy(() -> text(lastMissing)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e)
        .hasMessage("指标.txt:23:1: 第 2 项只有 8 个单元格, 表头有 9 列: 空单元格应印 / 或 -"));
    String piped = missing.replace("市建设局\n", "市建设局\n|\n").replace("市生态环境局\n", "市生态环境局\n|\n");
    assertThatThrownBy(() -> text(piped)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e)
        .hasMessage("指标.txt:14:1: 此行有 8 个单元格, 表头有 9 列: 空单元格应印 / 或 -"));
  }

  @Test
  void refusesWhatItCannotPlace() {
    assertThatThrownBy(() -> csv("""
        序号,考核指标,工作任务,目标值
        1,地区生产总值,增长7%,7
        """)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e).hasMessage(
            "指标.csv:1:4: 表头既有任务列 \"工作任务\" 又有指标列 \"考核指标\": 应只有其一, 或用 --columns '工作任务=ignore' 指明"));
    assertThatThrownBy(() -> csv("""
        序号,考核指标,单位,目标值
        1,地区生产总值,县发改局,7
        """)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e).hasMessage(
            "指标.csv:2:10: 计量单位 \"县发改局\" 是单位名称: 计量单位应为如 %、座、亿元; 若此列是责任单位, 用 --columns '单位=units' 指明"));
    assertThatThrownBy(() -> csv("""
        序号,考核指标,计量单位,目标值,分值
        1,地区生产总值,亿元,7,十分重要
        """)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e).hasMessage(
            "指标.csv:2:15: 分值 \"十分重要\" 无法读出: 应为分数, 如 10 或 10分"));
  }
}
