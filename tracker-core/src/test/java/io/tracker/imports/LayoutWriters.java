package io.tracker.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Test-side writers of a generated task list in each layout the importer reads: a published outline
 * with label lines, a "|" table in text, CSV with a grouping column, an Excel workbook with heading
 * rows and merged lead cells, and a Word notice with its annex table.
 */
final class LayoutWriters {
  private LayoutWriters() {}

  /** A generated task: its units (leads, then co-operating units), leaders and deadline month. */
  record GeneratedTask(String text, List<String> leads, List<String> co, List<String> leaders,
      Optional<Integer> month) {}

  /** A generated section: its title and tasks. */
  record GeneratedSection(String title, List<GeneratedTask> tasks) {}

  /** A generated list. */
  record GeneratedList(int year, List<GeneratedSection> sections) {}

  /** The layouts, each with its writer and file name. */
  enum Layout {
    OUTLINE("list.txt"), PIPE_TABLE("list.txt"), CSV("list.csv"), XLSX("list.xlsx"), DOCX("list.docx");

    final String fileName;

    Layout(String fileName) {
      this.fileName = fileName;
    }

    byte[] write(GeneratedList list) {
      switch (this) {
        case OUTLINE:
          return outline(list).getBytes(StandardCharsets.UTF_8);
        case PIPE_TABLE:
          return pipeTable(list).getBytes(StandardCharsets.UTF_8);
        case CSV:
          return csv(list).getBytes(StandardCharsets.UTF_8);
        case XLSX:
          return xlsx(list);
        default:
          return docx(list);
      }
    }

    /** The section title the layout prints for a generated section numbered {@code n} (1-based). */
    String sectionTitle(GeneratedSection section, int n) {
      return this == CSV ? section.title() : han(n) + "、" + section.title();
    }
  }

  private static final String[] HAN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  static String han(int n) {
    return HAN[n - 1];
  }

  private static String title(GeneratedList list) {
    return "衢江区人民政府关于印发" + list.year() + "年政府工作报告重点任务分解的通知";
  }

  private static String deadline(GeneratedTask task) {
    return task.month().map(m -> m + "月底").orElse("");
  }

  static String outline(GeneratedList list) {
    StringBuilder out = new StringBuilder("朗读\n").append(title(list)).append("\n衢区政发〔").append(list.year())
        .append("〕7号\n各乡镇人民政府、街道办事处:\n现将重点任务分解如下。\n");
    int id = 1;
    for (int s = 0; s < list.sections().size(); s++) {
      GeneratedSection section = list.sections().get(s);
      out.append(han(s + 1)).append("、").append(section.title()).append('\n');
      for (GeneratedTask task : section.tasks()) {
        out.append(id++).append(". ").append(task.text()).append('\n');
        out.append("牵头单位：").append(String.join("、", task.leads())).append('\n');
        if (!task.co().isEmpty()) {
          out.append("配合单位：").append(String.join("、", task.co())).append('\n');
        }
        if (!task.leaders().isEmpty()) {
          out.append("责任领导：").append(String.join("、", task.leaders())).append('\n');
        }
        task.month().ifPresent(m -> out.append("完成时限：").append(m).append("月底\n"));
      }
    }
    return out.toString();
  }

  static String pipeTable(GeneratedList list) {
    StringBuilder out = new StringBuilder(title(list)).append("\n附件\n").append(list.year())
        .append("年重点任务分解表\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 责任领导 | 完成时限 |\n|---|---|---|---|---|---|\n");
    int id = 1;
    for (int s = 0; s < list.sections().size(); s++) {
      GeneratedSection section = list.sections().get(s);
      out.append("| ").append(han(s + 1)).append("、").append(section.title()).append(" | | | | | |\n");
      for (GeneratedTask task : section.tasks()) {
        out.append("| ").append(id++).append(" | ").append(task.text()).append(" | ")
            .append(String.join("、", task.leads())).append(" | ").append(String.join("、", task.co())).append(" | ")
            .append(String.join("、", task.leaders())).append(" | ").append(deadline(task)).append(" |\n");
      }
    }
    return out.toString();
  }

  static String csv(GeneratedList list) {
    StringBuilder out = new StringBuilder(list.year() + "年重点任务清单,,,,,,\n序号,目标名称,重点任务,牵头单位,配合单位,责任领导,完成时限\n");
    int id = 1;
    for (GeneratedSection section : list.sections()) {
      boolean first = true;
      for (GeneratedTask task : section.tasks()) {
        out.append(id++).append(',').append(first ? quoted(section.title()) : "").append(',')
            .append(quoted(task.text())).append(',').append(quoted(String.join("、", task.leads()))).append(',')
            .append(quoted(String.join("、", task.co()))).append(',').append(quoted(String.join("、", task.leaders())))
            .append(',').append(deadline(task)).append('\n');
        first = false;
      }
    }
    return out.toString();
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  /** Lead cells equal to the one above in the same section are merged into it, as offices do. */
  static byte[] xlsx(GeneratedList list) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("附件1");
      int r = 0;
      cells(sheet.createRow(r++), list.year() + "年重点任务分解表");
      cells(sheet.createRow(r++), "序号", "重点任务", "牵头单位", "配合单位", "责任领导", "完成时限");
      int id = 1;
      for (int s = 0; s < list.sections().size(); s++) {
        GeneratedSection section = list.sections().get(s);
        cells(sheet.createRow(r), han(s + 1) + "、" + section.title());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
        r++;
        int mergeFrom = -1;
        for (int t = 0; t < section.tasks().size(); t++) {
          GeneratedTask task = section.tasks().get(t);
          String leads = String.join("、", task.leads());
          boolean sameAsAbove = t > 0 && String.join("、", section.tasks().get(t - 1).leads()).equals(leads);
          Row row = sheet.createRow(r);
          row.createCell(0).setCellValue(id++);
          cells(row, null, task.text(), sameAsAbove ? null : leads, String.join("、", task.co()),
              String.join("、", task.leaders()), deadline(task));
          if (sameAsAbove) {
            mergeFrom = mergeFrom < 0 ? r - 1 : mergeFrom;
          } else if (mergeFrom >= 0) {
            sheet.addMergedRegion(new CellRangeAddress(mergeFrom, r - 1, 2, 2));
            mergeFrom = -1;
          }
          r++;
        }
        if (mergeFrom >= 0) {
          sheet.addMergedRegion(new CellRangeAddress(mergeFrom, r - 1, 2, 2));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cells(Row row, String... texts) {
    for (int c = 0; c < texts.length; c++) {
      if (texts[c] != null) {
        row.createCell(c).setCellValue(texts[c]);
      }
    }
  }

  static byte[] docx(GeneratedList list) {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String p : List.of(title(list), "衢区政发〔" + list.year() + "〕7号", "各乡镇人民政府:", "附件1",
          list.year() + "年重点任务分解表")) {
        doc.createParagraph().createRun().setText(p);
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"序号", "重点任务", "牵头单位", "配合单位", "责任领导", "完成时限"});
      List<Integer> headingRows = new ArrayList<>();
      int id = 1;
      for (int s = 0; s < list.sections().size(); s++) {
        GeneratedSection section = list.sections().get(s);
        headingRows.add(rows.size());
        rows.add(new String[] {han(s + 1) + "、" + section.title(), "", "", "", "", ""});
        for (GeneratedTask task : section.tasks()) {
          rows.add(new String[] {Integer.toString(id++), task.text(), String.join("、", task.leads()),
              String.join("、", task.co()), String.join("、", task.leaders()), deadline(task)});
        }
      }
      XWPFTable table = doc.createTable(rows.size(), 6);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < 6; c++) {
          table.getRow(r).getCell(c).setText(rows.get(r)[c]);
        }
      }
      for (int r : headingRows) {
        for (int c = 5; c > 0; c--) {
          table.getRow(r).removeCell(c);
        }
        var cell = table.getRow(r).getCell(0).getCTTc();
        (cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr()).addNewGridSpan().setVal(BigInteger.valueOf(6));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
