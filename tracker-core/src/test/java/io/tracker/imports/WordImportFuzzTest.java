package io.tracker.imports;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Timeout;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Fuzzes the Word importer with documents built from the fuzzer's data: paragraphs (notice lines,
 * outline items, fuzzed text) and tables whose cells are picked from {@link ImportFuzzing#CELLS} or
 * fuzzed, with horizontal (grid span, any width) and vertical merges, ragged rows included.
 */
class WordImportFuzzTest {
  @FuzzTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void fuzz(FuzzedDataProvider data) {
    ImportFuzzing.read(document(data), "list.docx");
  }

  static byte[] document(FuzzedDataProvider data) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int block = data.consumeInt(1, 8); block > 0; block--) {
        if (data.consumeProbabilityFloat() < 0.7f) {
          document.createParagraph().createRun().setText(ImportFuzzing.cell(data));
        } else {
          table(document, data);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument document, FuzzedDataProvider data) {
    int rows = data.consumeInt(1, 10);
    int columns = data.consumeInt(1, 6);
    XWPFTable table = document.createTable(rows, columns);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < table.getRow(r).getTableCells().size(); c++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        cell.setText(ImportFuzzing.cell(data));
        float merge = data.consumeProbabilityFloat();
        if (merge < 0.1f) {
          CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
          properties.addNewGridSpan().setVal(BigInteger.valueOf(data.consumeInt(0, 40)));
        } else if (merge < 0.25f) {
          CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
          properties.addNewVMerge().setVal(data.consumeBoolean() ? STMerge.RESTART : STMerge.CONTINUE);
        } else if (merge < 0.3f) {
          table.getRow(r).removeCell(c);
        }
      }
    }
  }
}
