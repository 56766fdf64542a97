package io.tracker.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tracker.SpreadsheetText;
import io.tracker.report.LedgerView.TargetRow;
import io.tracker.report.LedgerView.TaskRow;
import io.tracker.rules.Assessment;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.fact.Tally;
import io.tracker.rules.UnitResult;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The assessment as CSV for Excel: UTF-8 with a byte order mark, one row per task followed by one
 * row per target of it; then, for a book with 分值 (an indicator table), one row per unit with points
 * (考核得分), best first.
 *
 * <p>Columns: 层级 (任务, 目标 or 单位), 附件, 序号, 目标序号, 任务 (task text, or the target as printed),
 * 牵头单位, 包抓领导, 得分, 完成率, 时序进度, 灯, 预警, 满分. A unit row has its rank by points as 序号,
 * the unit's name as 任务, its points as 得分 and the sum of its indicators' 分值 as 满分; a task row's
 * 满分 is the task's 分值, empty without one. Numbers are exact: 得分 as the model has it
 * (33.33), 完成率 and 时序进度 as percentages (20%, 54.19%); 完成率 is empty for a target with no
 * report yet. A target row's 灯 is the most severe light of the flags about that target, empty
 * when there are none; 预警 lists the flags as "[严重滞后] message", separated by "；". The figures the
 * rules reported ({@link Tally}) follow as rows of 层级 统计: 任务 is the tally's name, 牵头单位 its
 * scope (全县 for the book), 得分 its value.
 *
 * <p>The texts taken from the book and the rules (序号, 任务, 牵头单位, 包抓领导, 预警) are written
 * {@linkplain SpreadsheetText#neutralised neutralised}: a text that Excel would run as a formula
 * ({@code =HYPERLINK(…)}, {@code +cmd…}, {@code @SUM(…)}) gets a leading apostrophe; a plain number
 * such as {@code -5} stays as it is, and so do the numeric columns the report computes.
 */
public final class AssessmentCsv {
  /** The file name {@link ReportWriter} writes. */
  public static final String FILE_NAME = "assessment.csv";
  /** Column headers in order. */
  public static final List<String> COLUMNS = List.of(
      "层级", "附件", "序号", "目标序号", "任务", "牵头单位", "包抓领导", "得分", "完成率", "时序进度", "灯",
      "预警", "满分");
  /** 层级 of a task row. */
  public static final String TASK_LEVEL = "任务";
  /** 层级 of a target row. */
  public static final String TARGET_LEVEL = "目标";
  /** 层级 of a row reporting a figure of the rules (统计). */
  public static final String TALLY_LEVEL = "统计";
  /** 层级 of a unit row (a unit's points). */
  public static final String UNIT_LEVEL = "单位";

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AssessmentCsv() {}

  /**
   * Writes the CSV, starting with a byte order mark; {@code out} should encode UTF-8. Flushes
   * {@code out} but leaves it open.
   *
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if the assessment has a task the book lacks
   */
  public static void write(TaskBook book, Assessment assessment, Writer out) throws IOException {
    LedgerView view = LedgerView.of(book, assessment);
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    COLUMNS.forEach(schema::addColumn);
    CsvMapper mapper = CsvMapper.builder()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
    out.write(BYTE_ORDER_MARK);
    try (SequenceWriter rows = mapper.writerFor(String[].class).with(schema.build())
        .writeValues(out)) {
      for (TaskRow task : view.rows()) {
        rows.write(taskRow(task));
        for (TargetRow target : task.targets()) {
          rows.write(targetRow(task, target));
        }
      }
      for (Tally tally : assessment.tallies()) {
        rows.write(new String[] {TALLY_LEVEL, "", "", "", text(tally.name()), text(Lights.scope(tally.scope())), "",
          tally.value().toPlainString(), "", "", "", "", ""});
      }
      int rank = 1;
      for (UnitResult unit : view.pointsRanking()) {
        rows.write(unitRow(rank++, unit));
      }
    }
    out.flush();
  }

  private static String[] taskRow(TaskRow task) {
    return new String[] {
      TASK_LEVEL,
      String.valueOf(task.task().section()),
      text(task.task().id()),
      "",
      text(task.task().text()),
      text(task.task().responsibility().lead().map(u -> u.name()).orElse("")),
      text(String.join("、", task.task().leaders())),
      task.result().score().toPlainString(),
      "",
      "",
      Lights.label(task.result().light()),
      text(flags(task.result().flags())),
      task.task().weight().map(BigDecimal::toPlainString).orElse("")
    };
  }

  private static String[] targetRow(TaskRow task, TargetRow target) {
    return new String[] {
      TARGET_LEVEL,
      String.valueOf(task.task().section()),
      text(task.task().id()),
      String.valueOf(target.result().position()),
      text(target.text()),
      text(task.task().responsibility().lead().map(u -> u.name()).orElse("")),
      text(String.join("、", task.task().leaders())),
      target.result().score().toPlainString(),
      target.result().reported() ? percent(target.result().completion()) : "",
      percent(target.result().expectedShare()),
      target.light().map(Lights::label).orElse(""),
      text(flags(target.flags())),
      ""
    };
  }

  private static String[] unitRow(int rank, UnitResult unit) {
    return new String[] {
      UNIT_LEVEL, "", String.valueOf(rank), "", text(unit.name()), "", "",
      unit.points().orElseThrow().toPlainString(), "", "", "", "",
      unit.maxPoints().orElseThrow().toPlainString()
    };
  }

  /** A text of the book or the rules as a cell Excel shows as text, never runs. */
  private static String text(String text) {
    return SpreadsheetText.neutralised(text);
  }

  private static String flags(List<RiskFlag> flags) {
    return flags.stream()
        .map(f -> "[" + Lights.flagLabel(f.code()) + "] " + f.message())
        .collect(Collectors.joining("；"));
  }

  /** 0.5419 → 54.19%, exactly. */
  private static String percent(BigDecimal ratio) {
    BigDecimal percent = ratio.multiply(HUNDRED).stripTrailingZeros();
    return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
  }
}
