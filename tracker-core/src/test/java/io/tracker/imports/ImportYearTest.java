package io.tracker.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.Seeds;
import io.tracker.json.TrackerJson;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a task book's work year comes from, and a year the caller gives that the file contradicts. */
class ImportYearTest {
  /** A list like the real ones: two tasks, with a 年度 column when {@code yearCell} is not blank. */
  private static String csv(String yearCell, String firstDeadline) {
    boolean column = !yearCell.isBlank();
    return "序号,任务,责任单位,包抓领导,完成时限" + (column ? ",年度" : "") + "\n"
        + "1,地方财政收入增长13%,县财政局,王永安," + firstDeadline + (column ? "," + yearCell : "") + "\n"
        + "2,建设县公共交通服务中心,县交通运输局,钱剑锋,12月底前" + (column ? "," + yearCell : "") + "\n";
  }

  private static TaskBook read(String name, String csv, ImportOptions options) {
    return TaskBookReader.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), name, options).book();
  }

  private static ImportOptions given(int year) {
    return year == 0 ? ImportOptions.defaults() : ImportOptions.defaults().withYear(year);
  }

  @ParameterizedTest(name = "{0} 年度={1} 完成时限={2} given={3} -> {4}")
  @CsvSource({
      // file name,        年度, first deadline, given (0: none), year, first deadline's date
      "tasks.csv,          2023, 11月底,      0,    2023, 2023-11-30",
      "tasks.csv,          2023, 11月底,      2023, 2023, 2023-11-30",
      "tasks.csv,          ' ',  11月底,      2024, 2024, 2024-11-30",
      "tasks.csv,          ' ',  2023年6月底, 0,    2023, 2023-06-30",
      "tasks.csv,          ' ',  2023年6月底, 2023, 2023, 2023-06-30",
      "2024年重点任务.csv, ' ',  11月底,      0,    2024, 2024-11-30",
      "tasks-2024.csv,     ' ',  11月底,      0,    2024, 2024-11-30",
      "lists/tasks_2031.csv, ' ', 6月30日前,  0,    2031, 2031-06-30",
      "2024年重点任务.csv, ' ',  11月底,      2025, 2025, 2025-11-30", // the given year before the name's
      "2024年重点任务.csv, ' ',  2023年6月底, 0,    2023, 2023-06-30", // a printed year before the name's
      "2024年重点任务.csv, 2022, 11月底,      0,    2022, 2022-11-30", // the 年度 column before all
      "2024年重点任务.csv, 2022, 11月底,      2022, 2022, 2022-11-30",
  })
  void precedence(String name, String yearCell, String deadline, int given, int year, LocalDate first) {
    TaskBook book = read(name, csv(yearCell, deadline), given(given));
    assertThat(book.year()).isEqualTo(year);
    assertThat(book.task("1").orElseThrow().deadline().orElseThrow().date()).contains(first);
    assertThat(book.task("2").orElseThrow().deadline().orElseThrow().date()).contains(LocalDate.of(year, 12, 31));
  }

  @ParameterizedTest(name = "{0} 年度={1} 完成时限={2} given={3}")
  @CsvSource(delimiter = '|', value = {
      "tasks.csv | 2023 | 11月底 | 2024 | tasks.csv:2:29: 年度 \"2023\" 与给定的年份 2024 (--year) 不同: "
          + "应为给定的年份, 或不印年度列",
      "tasks.csv |      | 2023年6月底 | 2024 | tasks.csv:2:24: 完成时限 \"2023年6月底\" 写明年份 2023, 与给定的年份 2024 "
          + "(--year) 不同: 应为给定年份内的完成时限",
      "2024年重点任务.csv |  | 2023年6月底 | 2025 | 2024年重点任务.csv:2:24: 完成时限 \"2023年6月底\" 写明年份 2023, "
          + "与给定的年份 2025 (--year) 不同: 应为给定年份内的完成时限",
  })
  void givenYearContradictingTheFile(String name, String yearCell, String deadline, int given, String message) {
    assertThatThrownBy(() -> read(name, csv(yearCell == null ? " " : yearCell, deadline), given(given)))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "tasks.csv          | 中也没有年份",
      "v12024.csv         | 中也没有年份",         // not standing alone
      "tasks-20245.csv    | 中也没有年份",         // five digits
      "1999年任务.csv     | 中也没有年份",         // not 20xx
      "2024/tasks.csv     | 中也没有年份",         // a directory's name is not the file's
      "2023-2024任务.csv  | 中有多个年份 [2023, 2024]",
  })
  void noYearAnywhere(String name, String inName) {
    assertThatThrownBy(() -> read(name, csv(" ", "11月底"), ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(name + ":1:1: 无年度列、未给定年份 (--year)、标题和文号未写明年份、完成时限未写明年份(如 2023年6月底), "
            + "文件名 \"" + name.substring(name.lastIndexOf('/') + 1) + "\" " + inName
            + ": 应有年度列, 或用 --year 给定年份");
  }

  @Test
  void fileNameYearThroughAPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("2024年重点任务.csv");
    Files.writeString(file, csv(" ", "11月底"));
    assertThat(TaskBookReader.read(file).book().year()).isEqualTo(2024);
    assertThat(TaskBookReader.read(file, ImportOptions.defaults().withYear(2026)).book().year()).isEqualTo(2026);
  }

  @Test
  void publishedTextKeepsTheNoticesYear() {
    Path seed = Seeds.path(Seeds.XIXIANG_2023);
    TaskBook detected = TaskBookReader.read(seed).book();
    assertThat(TaskBookReader.read(seed, ImportOptions.defaults().withYear(2023)).book()).isEqualTo(detected);
    assertThatThrownBy(() -> TaskBookReader.read(seed, ImportOptions.defaults().withYear(2024)).book())
        .isInstanceOf(InputException.class)
        .hasMessage(seed + ":3:1: 标题 \"西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知\" 写明年份 2023, "
            + "与给定的年份 2024 (--year) 不同: 应为标题的年份");
  }

  @Test
  void jsonKeepsItsYear() throws Exception {
    TaskBook book = read("tasks.csv", csv(" ", "2023年6月底"), ImportOptions.defaults());
    StringWriter json = new StringWriter();
    TrackerJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json, book);
    int line = (int) json.toString().lines().takeWhile(l -> !l.contains("\"year\"")).count() + 1;
    int column = json.toString().lines().skip(line - 1).findFirst().orElseThrow().indexOf("2023") + 1;
    assertThat(read("book.json", json.toString(), ImportOptions.defaults().withYear(2023))).isEqualTo(book);
    assertThatThrownBy(() -> read("book.json", json.toString(), ImportOptions.defaults().withYear(2022)))
        .isInstanceOf(InputException.class)
        .hasMessage("book.json:" + line + ":" + column
            + ": \"year\": 2023 与给定的年份 2022 (--year) 不同: 应为任务书自己的年份");
  }

  @Test
  void givenYearHasFourDigits() {
    assertThatThrownBy(() -> ImportOptions.defaults().withYear(24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must have four digits: 24");
    assertThat(ImportOptions.defaults().withYear(2024).year()).hasValue(2024);
    assertThat(ImportOptions.defaults().withCharset(UTF_8).withYear(2024).charset()).contains(UTF_8);
  }
}
