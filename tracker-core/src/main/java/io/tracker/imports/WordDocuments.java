package io.tracker.imports;

import io.tracker.InputException;
import io.tracker.InputPlace;
import io.tracker.InputWarning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document ({@code .docx}) with Apache POI (XWPF) into {@link Block}s: each body
 * paragraph a line (its place is line N for the N-th paragraph), each table a {@link Table} named
 * 表1, 表2 … whose cells are placed {@code FILE:表1!B3}. Horizontally merged cells (grid spans) are
 * repeated into every column they cover and vertically merged ones into every row, marked as merged.
 */
final class WordDocuments {
  private WordDocuments() {}

  static List<Block> read(byte[] bytes, String source, List<InputWarning> warnings) {
    List<Block> blocks = new ArrayList<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      int paragraph = 0;
      int tableCount = 0;
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          paragraph++;
          blocks.add(new Block.Line(new Cell(p.getText(), InputPlace.inText(source, paragraph, 1))));
        } else if (element instanceof XWPFTable t) {
          tableCount++;
          blocks.add(new Block.TableBlock(table(t, source, "表" + tableCount)));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException(source, 0, 0, "无法读取 Word 文件: " + InputException.reason(e)
          + ": 应为 Word 保存的 .docx 文档", e);
    }
    return blocks;
  }

  private static Table table(XWPFTable table, String source, String name) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> above = List.of();
    for (int r = 0; r < table.getRows().size(); r++) {
      XWPFTableRow row = table.getRow(r);
      List<Cell> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continues = false;
        if (properties != null) {
          if (properties.getGridSpan() != null && properties.getGridSpan().getVal() != null) {
            span = Math.max(1, ((BigInteger) properties.getGridSpan().getVal()).intValue());
          }
          if (properties.getVMerge() != null) {
            continues = properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE;
          }
        }
        int column = cells.size();
        InputPlace place = InputPlace.inSheet(source, name, r + 1, column + 1);
        Cell read;
        if (continues && column < above.size()) {
          Cell top = above.get(column);
          read = new Cell(top.text(), place, Optional.of(top.mergedFrom().orElse(top.place())));
        } else {
          read = new Cell(text(cell), place);
        }
        cells.add(read);
        for (int extra = 1; extra < span; extra++) {
          cells.add(new Cell(read.text(), InputPlace.inSheet(source, name, r + 1, column + 1 + extra),
              Optional.of(read.mergedFrom().orElse(read.place()))));
        }
      }
      above = cells;
      if (!cells.stream().allMatch(Cell::isBlank)) {
        rows.add(cells);
      }
    }
    return new Table(name, InputPlace.inSheet(source, name, 1, 1), List.of(), rows);
  }

  private static String text(XWPFTableCell cell) {
    return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()).strip();
  }
}
