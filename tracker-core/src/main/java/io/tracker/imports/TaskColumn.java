package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a task table (or a "label:" line of a published list) holds, with the headers
 * that name it. Every importer recognises columns through this one table: CSV, Excel, Word and
 * published text alike. A header not listed here is an error unless the caller maps it
 * ({@link ImportOptions#withColumn}); the command line's {@code --columns '目标名称=group'} uses
 * {@link #key()}.
 *
 * <p>Headers are compared without whitespace and with traditional characters simplified, so "責任
 * 單位" is 责任单位.
 */
public enum TaskColumn {
  /** 序号: the printed task number. */
  NUMBER("number", "序号", "编号"),
  /** The task text (任务). */
  TASK("task", "任务", "工作任务", "目标任务", "重点工作", "重点任务", "民生实事", "主要内容", "工作内容", "工作目标",
      "任务内容", "项目名称", "具体任务", "任务名称"),
  /**
   * An indicator table's indicator (考核指标): the task text of a row of an indicator table. A table
   * with this column is an indicator table: there 目标任务 names the {@link #TARGET} column, and of
   * two indicator columns (考核项目 | 考核指标) the first groups the rows like {@link #GROUP}.
   */
  INDICATOR("indicator", "考核指标", "指标名称", "指标", "项目", "考核项目", "二级指标", "指标内容"),
  /** A grouping column (目标名称): a new value starts a new section, a blank or merged cell keeps it. */
  GROUP("group", "目标名称", "类别", "项目类别", "任务类别", "一级指标", "指标类别"),
  /**
   * 责任单位: the responsible units, the first leading unless marked; when a {@link #LEAD} column is
   * also printed, a 责任单位 column means {@link #CO} instead.
   */
  UNITS("units", "责任单位", "责任部门"),
  /** 牵头单位: every unit leads. */
  LEAD("lead", "牵头单位", "主办单位", "牵头部门", "牵头责任单位"),
  /** 配合单位: every unit co-operates. */
  CO("co", "配合单位", "协办单位", "协同单位", "参与单位", "配合部门"),
  /** The leaders in charge (包抓领导). */
  LEADERS("leaders", "包抓领导", "分管领导", "责任领导", "牵头领导", "牵头市领导", "区政府分管领导", "县级领导",
      "县级包抓领导", "市级领导", "包抓县级领导"),
  /** The deadline (完成时限). */
  DEADLINE("deadline", "完成时限", "时间节点", "完成时间", "时限要求", "时限"),
  /** 年度: the work year, the same on every row. */
  YEAR("year", "年度"),
  /** 附件: the section (annex) number of the row. */
  SECTION("section", "附件"),
  /** 标签: categories of the task (民生实事、重点), several separated by 、 or commas. */
  TAGS("tags", "标签", "任务标签", "类别标签"),
  /** 计量单位: an indicator's unit of measure (座, %, 亿元). */
  MEASURE("measure", "计量单位", "单位"),
  /**
   * 目标值: an indicator's target; a header over several columns (考核目标 merged over 柯城区 | 衢江区,
   * or above them in a two-row header) gives one target column per unit. A unit of measure in brackets
   * ("目标值(亿元)") is the column's.
   */
  TARGET("target", "目标值", "考核目标", "年度目标", "目标", "目标任务", "年度目标值", "目标任务值"),
  /** 分值: an indicator's points. */
  WEIGHT("weight", "分值", "基本分", "权重", "基本分值", "标准分", "分数"),
  /** 评分标准: how an indicator is scored, as printed ({@link io.tracker.target.StepRule}). */
  SCORING("scoring", "评分标准", "考核办法", "计分方法", "评分办法", "计分办法", "评分细则", "考核评分标准", "计分标准"),
  /** 考核单位: who assesses an indicator; never a responsible unit. */
  ASSESSOR("assessor", "考核单位", "监考单位", "考核部门", "牵头考核单位", "考核牵头单位"),
  /** 备注: notes; not imported, so a filled cell is a warning. */
  NOTE("note", "备注"),
  /** A column the caller chose to leave out ({@code --columns '说明=ignore'}); no header names it. */
  IGNORE("ignore");

  private final String key;
  private final List<String> headers;

  TaskColumn(String key, String... headers) {
    this.key = key;
    this.headers = List.of(headers);
  }

  /** The English name used to map a header to this column: number, task, group, units, lead … */
  public String key() {
    return key;
  }

  /** The headers that name this column, the usual one first; empty for {@link #IGNORE}. */
  public List<String> headers() {
    return headers;
  }

  /** The column whose {@link #key()} is {@code key} (case-insensitive). */
  public static Optional<TaskColumn> ofKey(String key) {
    requireNonNull(key, "key");
    String k = key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.key.equals(k)).findFirst();
  }

  /** The column a header names, compared without whitespace and with simplified characters. */
  static Optional<TaskColumn> ofHeader(String header) {
    String h = ChineseText.key(header);
    return Arrays.stream(values()).filter(c -> c.headers.contains(h)).findFirst();
  }

  /**
   * The column a header names in a table that is an indicator table or not: 目标任务 is the
   * {@link #TARGET} of an indicator table and the {@link #TASK} of any other.
   */
  static Optional<TaskColumn> ofHeader(String header, boolean indicatorTable) {
    Optional<TaskColumn> column = ofHeader(header);
    if (indicatorTable && column.equals(Optional.of(TASK)) && TARGET.headers.contains(ChineseText.key(header))) {
      return Optional.of(TARGET);
    }
    return column;
  }

  /** Every header this enum knows, for error messages. */
  static String allHeaders() {
    StringBuilder out = new StringBuilder();
    for (TaskColumn c : values()) {
      if (!c.headers.isEmpty()) {
        out.append(out.length() == 0 ? "" : "、").append(String.join("/", c.headers));
      }
    }
    return out.toString();
  }
}
