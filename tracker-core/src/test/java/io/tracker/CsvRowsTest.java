package io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
  private static final CsvFactory FACTORY = new CsvFactory();

  private static List<String> rows(String csv) throws IOException {
    List<String> rows = new ArrayList<>();
    CsvRows.read((CsvParser) FACTORY.createParser(new StringReader(csv)), "t.csv", "CSV 格式有误", (cells, where) -> {
      List<String> placed = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        placed.add(where.get(i).getLineNr() + ":" + where.get(i).getColumnNr() + "=" + cells.get(i));
      }
      rows.add(String.join(" ", placed));
    });
    return rows;
  }

  @Test
  void givesEveryCellWithItsPlaceAndSkipsLinesWithNothingOnThem() throws IOException {
    assertThat(rows("task,value\n\n1,3.2\n   \n2,\"4,5\"\n,,\n")).containsExactly(
        "1:1=task 1:6=value", "3:1=1 3:3=3.2", "5:1=2 5:3=4,5", "6:1= 6:2= 6:3=");
  }

  @Test
  void aFileThatIsNotCsvIsOneLineAtItsPlace() {
    assertThatThrownBy(() -> rows("task,value\n1,\"3.2\n"))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.getMessage()).startsWith("t.csv:").contains("CSV 格式有误: \"");
          assertThat(e.getMessage().lines()).hasSize(1);
        });
  }
}
