package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.imports.ImportOptions;
import io.tracker.imports.TaskBookReader;
import io.tracker.target.Target;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Benchmarks (基准值) read from reference,asOf,value and given to the relative targets that print them. */
class BenchmarksTest {
  private static final TaskBook BOOK = TaskBookReader.read(new StringReader("""
      序号,考核指标,计量单位,考核目标,,分值
      ,,,柯城区,衢江区,
      1,城镇居民人均可支配收入增速,%,不低于全省平均水平,高于全市平均,5
      2,新建5G基站,个,120,80,4
      """), "指标.csv", ImportOptions.defaults().withYear(2023)).book();

  static Benchmarks read(String text) throws IOException {
    return Benchmarks.read(new StringReader(text), "基准.csv");
  }

  private static String figure(Target target) {
    return target.figure().map(Object::toString).orElseGet(() -> "~" + target.reference().orElseThrow().printed());
  }

  @Test
  void givesEachRelativeTargetTheLatestBenchmarkOfItsReferenceByTheAsOfDate() throws IOException {
    Benchmarks benchmarks = read("""
        reference,asOf,value
        全省平均水平,2023-06-30,5.8
        全省平均水平,2023-12-31,6.1
        全市平均,2023-12-31,6.4
        """);
    TaskBook midYear = benchmarks.resolve(BOOK, LocalDate.of(2023, 9, 30));
    assertThat(midYear.tasks().get(0).targets()).extracting(BenchmarksTest::figure).containsExactly("5.8%", "~全市平均");
    TaskBook yearEnd = benchmarks.resolve(BOOK, LocalDate.of(2023, 12, 31));
    assertThat(yearEnd.tasks().get(0).targets()).extracting(BenchmarksTest::figure).containsExactly("6.1%", "6.4%");
    assertThat(yearEnd.tasks().get(0).targets()).extracting(Target::assignee)
        .containsExactly(Optional.of("柯城区"), Optional.of("衢江区"));
    assertThat(yearEnd.tasks().get(1)).isEqualTo(BOOK.tasks().get(1));
    assertThat(benchmarks.unused(BOOK)).isEmpty();
    assertThat(Benchmarks.none().resolve(BOOK, LocalDate.of(2023, 12, 31))).isEqualTo(BOOK);
  }

  @Test
  void aBenchmarkNoTargetRefersToIsAWarningAtItsLine() throws IOException {
    Benchmarks benchmarks = read("""
        reference,asOf,value
        全省平均,2023-12-31,6.1
        """);
    assertThat(benchmarks.unused(BOOK)).extracting(InputWarning::toString).containsExactly(
        "基准.csv:2:1: 警告: 基准 \"全省平均\" 不是任务书中任何相对目标的比较对象(应为 全省平均水平、全市平均 之一): 此行不用");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      reference,asOf\\n                         | 基准.csv:1:1: 表头 "reference,asOf" 缺少列 "value": 表头应为 reference,asOf,value
      reference,date,value\\n                   | 基准.csv:1:11: 表头中的列 "date" 未知: 表头应为 reference,asOf,value
      reference,asOf,value\\n全省平均水平,2023/12/31,6.1\\n | 基准.csv:2:8: asOf "2023/12/31" 不是日期: 应为如 2023-12-31
      reference,asOf,value\\n全省平均水平,2023-12-31,6.1%\\n | 基准.csv:2:19: value "6.1%" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      reference,asOf,value\\n,2023-12-31,6.1\\n | 基准.csv:2:1: reference 为空: 应为指标表所印的比较对象, 如 全省平均水平
      reference,asOf,value\\n全省平均水平,2023-12-31\\n | 基准.csv:2:1: 这一行 "全省平均水平,2023-12-31" 有 2 个字段: 应与表头一样有 3 个
      ''                                        | 基准.csv:1:1: 基准值文件为空: 应以表头 reference,asOf,value 开头
      """)
  void refusesBadInputAtItsCell(String text, String message) {
    assertThatThrownBy(() -> read(text.replace("\\n", "\n"))).isInstanceOfSatisfying(InputException.class,
        e -> assertThat(e).hasMessage(message));
  }

  @Test
  void readsAFileWithAByteOrderMark() throws IOException {
    assertThat(read("\uFEFFreference,asOf,value\n全省平均水平,2023-12-31,6.1\n").benchmarks()).hasSize(1);
  }
}
