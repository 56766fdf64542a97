package io.tracker.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.ProgressLedger;
import io.tracker.report.LedgerView.SectionView;
import io.tracker.report.LedgerView.TargetRow;
import io.tracker.report.LedgerView.TaskRow;
import io.tracker.rules.Assessment;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.UnitResult;
import io.tracker.rules.fact.Tally;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The supervision ledger (督查台账) as one self-contained HTML page that works offline: Apache
 * ECharts (inlined from its webjar) draws lights per section, the unit ranking, the leaders'
 * scorecards and each target's completion against the time-proportional schedule (时序进度); a
 * sortable, filterable table lists every task with its targets and flags.
 *
 * <p>Every text of the book and its assessment is escaped wherever it reaches HTML: in the page
 * itself (here) and in the charts' tooltips (by the page script), so that a task text such as
 * {@code <img src=x onerror=…>} shows as text. The page also carries a Content-Security-Policy
 * ({@link #CONTENT_SECURITY_POLICY}): nothing is loaded from anywhere, and only the page's own three
 * scripts, allowed by their SHA-256 hashes, may run.
 *
 * <p>For automated checks the page sets {@code data-charts-rendered} on {@code <body>} to the
 * number of charts drawn and {@code data-errors} to the script errors and policy violations it saw
 * (empty when none).
 */
public final class HtmlReport {
  /** The file written in the output directory. */
  public static final String FILE_NAME = "index.html";
  /** Number of charts on the page. */
  static final int CHARTS = 4;

  private static final String ECHARTS =
      "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final String TEMPLATE = "report.html";
  private static final String ERROR_SCRIPT = "report-errors.js";
  private static final String SCRIPT = "report.js";

  /**
   * The page's Content-Security-Policy, {@code %s} standing for the hash sources of its scripts.
   * Nothing may be fetched ({@code default-src 'none'}: the page works offline), only the page's own
   * scripts may run (no inline event handlers, no {@code eval}), and no base URL or form target may
   * be set. Styles stay inline ({@code 'unsafe-inline'}): ECharts writes its tooltips as HTML with
   * {@code style} attributes, and the table's meters are sized by them; CSS runs no code and, with
   * nothing to fetch, cannot send anything anywhere.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src %s; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private HtmlReport() {}

  /**
   * Writes {@code dir/index.html}, creating {@code dir} if needed.
   *
   * @param book the task book assessed
   * @param assessment its assessment; every task in it must be in {@code book}
   * @param dir the output directory
   * @return the file written
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the assessment has a task the book lacks
   */
  public static Path write(TaskBook book, Assessment assessment, Path dir) throws IOException {
    return write(book, assessment, ProgressLedger.of(List.of()), dir);
  }

  /**
   * Writes {@code dir/index.html} as {@link #write(TaskBook, Assessment, Path)} does, each task's
   * detail also showing what its reports in {@code ledger} said (进展情况, 存在问题, 下一步措施).
   */
  public static Path write(TaskBook book, Assessment assessment, ProgressLedger ledger, Path dir)
      throws IOException {
    String page = render(LedgerView.of(book, assessment, ledger));
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    Files.writeString(file, page, UTF_8);
    return file;
  }

  /** The page for {@code view}. */
  static String render(LedgerView view) {
    Map<String, String> values = new TreeMap<>();
    values.put("title", HTML.escape(view.title()));
    values.put("subtitle", HTML.escape(subtitle(view)));
    values.put("cards", cards(view));
    values.put("tallies", tallies(view));
    values.put("sectionOptions", sectionOptions(view));
    values.put("rows", rows(view));
    values.put("pointsRanking", pointsRanking(view));
    values.put("taskCount", String.valueOf(view.rows().size()));
    values.put("asOf", HTML.escape(view.assessment().asOf().toString()));
    values.put("data", json(chartData(view)));
    // Each script is inserted verbatim between <script> and </script>: its hash is that of the text.
    values.put("errorScript", script(ERROR_SCRIPT));
    values.put("echarts", script(ECHARTS));
    values.put("script", script(SCRIPT));
    values.put("csp", String.format(CONTENT_SECURITY_POLICY, String.join(" ",
        hashSource(values.get("errorScript")), hashSource(values.get("echarts")), hashSource(values.get("script")))));
    return fill(resource(TEMPLATE), values);
  }

  /** The CSP source allowing an inline script whose text is {@code script}: {@code 'sha256-…'}. */
  static String hashSource(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String subtitle(LedgerView view) {
    return view.book().issuer() + " · " + view.book().documentNumber() + " · 评估日期 "
        + view.assessment().asOf() + " · 任务" + view.rows().size() + "项";
  }

  private static String cards(LedgerView view) {
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"card total\"><div class=\"num\">")
        .append(TerminalLedger.score(view.assessment().total()))
        .append("</div><div class=\"lbl\">总分</div></div>\n");
    Map<Light, Integer> counts = view.lightCounts();
    for (Light light : Lights.shown(view.assessment().tasks())) {
      out.append("<div class=\"card light-").append(light.name().toLowerCase(Locale.ROOT))
          .append("\"><div class=\"num\">").append(counts.get(light))
          .append("</div><div class=\"lbl\">").append(Lights.label(light))
          .append("</div></div>\n");
    }
    return out.toString();
  }

  /** The figures the rules reported (统计), as a table; nothing when there are none. */
  private static String tallies(LedgerView view) {
    if (view.assessment().tallies().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("  <section class=\"panel tallies\"><h2>统计</h2><table>"
        + "<thead><tr><th>项目</th><th>范围</th><th>数值</th></tr></thead><tbody>\n");
    for (Tally tally : view.assessment().tallies()) {
      out.append("<tr><td>").append(HTML.escape(tally.name())).append("</td><td>")
          .append(HTML.escape(Lights.scope(tally.scope()))).append("</td><td>")
          .append(tally.value().toPlainString()).append("</td></tr>\n");
    }
    return out.append("</tbody></table></section>\n").toString();
  }

  /** The units ranked by points (考核得分) as a table panel; nothing for a book without 分值. */
  private static String pointsRanking(LedgerView view) {
    List<UnitResult> units = view.pointsRanking();
    if (units.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("    <div class=\"panel wide\" id=\"points\"><h2>考核得分排名"
        + "<small>按评分标准计分，得分从高到低；满分为所考核指标的分值之和</small></h2>\n"
        + "      <table class=\"points\"><thead><tr><th>名次</th><th>单位</th><th>得分</th><th>满分</th></tr></thead><tbody>\n");
    int rank = 1;
    for (UnitResult unit : units) {
      out.append("        <tr><td>").append(rank++).append("</td><td>").append(HTML.escape(unit.name()))
          .append("</td><td>").append(unit.points().orElseThrow().toPlainString())
          .append("</td><td>").append(unit.maxPoints().orElseThrow().toPlainString()).append("</td></tr>\n");
    }
    return out.append("      </tbody></table></div>\n").toString();
  }

  private static String sectionOptions(LedgerView view) {
    StringBuilder out = new StringBuilder();
    for (SectionView section : view.sections()) {
      out.append("<option value=\"").append(section.section().number()).append("\">")
          .append(HTML.escape(section.heading())).append("</option>");
    }
    return out.toString();
  }

  private static String rows(LedgerView view) {
    StringBuilder out = new StringBuilder();
    for (SectionView section : view.sections()) {
      for (TaskRow row : section.rows()) {
        Light light = row.result().light();
        String lightClass = light.name().toLowerCase(Locale.ROOT);
        out.append("<tr class=\"task\" data-id=\"").append(HTML.escape(row.task().id()))
            .append("\" data-light=\"").append(light.name())
            .append("\" data-section=\"").append(section.section().number()).append("\">");
        cell(out, "id", row.task().id(), HTML.escape(row.task().id()));
        cell(out, "section", String.valueOf(section.section().number()),
            "附件" + section.section().number());
        cell(out, "text", row.task().text(), HTML.escape(row.task().text()) + reported(row.texts()));
        cell(out, "unit", row.leadUnit(), HTML.escape(row.leadUnit()));
        cell(out, "leader", row.leaders(), HTML.escape(row.leaders()));
        cell(out, "score", row.result().score().toPlainString(),
            TerminalLedger.score(row.result().score()));
        cell(out, "light", String.valueOf(light.ordinal()),
            "<span class=\"badge " + lightClass + "\">" + Lights.label(light) + "</span>");
        cell(out, "targets", "", targets(row.targets()));
        cell(out, "flags", "", flags(row.result().flags()));
        out.append("</tr>\n");
      }
    }
    return out.toString();
  }

  /** What the units wrote: 进展情况, 存在问题, 下一步措施, per target when the task has targets. */
  private static String reported(List<LedgerView.ReportedText> texts) {
    StringBuilder out = new StringBuilder();
    for (LedgerView.ReportedText text : texts) {
      out.append("<dl class=\"reported\">");
      String about = text.about().isEmpty() ? "" : text.about() + " ";
      for (String[] item : new String[][] {{"进展情况", text.note()}, {"存在问题", text.problems()},
          {"下一步措施", text.nextSteps()}}) {
        if (!item[1].isEmpty()) {
          out.append("<dt>").append(HTML.escape(about + item[0])).append("</dt><dd>")
              .append(HTML.escape(item[1])).append("</dd>");
        }
      }
      out.append("</dl>");
    }
    return out.toString();
  }

  private static void cell(StringBuilder out, String kind, String sortValue, String html) {
    out.append("<td class=\"").append(kind).append("\" data-value=\"")
        .append(HTML.escape(sortValue)).append("\">").append(html).append("</td>");
  }

  private static String targets(List<TargetRow> targets) {
    if (targets.isEmpty()) {
      return "<span class=\"muted\">无量化目标</span>";
    }
    StringBuilder out = new StringBuilder("<ul class=\"targets\">");
    for (TargetRow target : targets) {
      BigDecimal done = percent(target.result().completion());
      BigDecimal expected = percent(target.result().expectedShare());
      String barClass = target.light().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("none");
      out.append("<li><span class=\"ttext\">").append(HTML.escape(target.text()))
          .append("</span><span class=\"tnum\">")
          .append(target.result().reported() ? done.toPlainString() + "%" : "未报送")
          .append(" / 时序").append(expected.toPlainString()).append("%</span>")
          .append("<span class=\"meter\"><span class=\"fill ").append(barClass)
          .append("\" style=\"width:").append(clampPercent(done)).append("%\"></span>")
          .append("<span class=\"mark\" style=\"left:").append(clampPercent(expected))
          .append("%\"></span></span></li>");
    }
    return out.append("</ul>").toString();
  }

  private static String flags(List<RiskFlag> flags) {
    if (flags.isEmpty()) {
      return "<span class=\"muted\">无</span>";
    }
    StringBuilder out = new StringBuilder("<ul class=\"flags\">");
    for (RiskFlag flag : flags) {
      out.append("<li><span class=\"badge ").append(flag.light().name().toLowerCase(Locale.ROOT))
          .append("\">").append(HTML.escape(Lights.flagLabel(flag.code()))).append("</span> ")
          .append(HTML.escape(flag.message()))
          .append("<div class=\"why\">规则：").append(HTML.escape(flag.rule()));
      flag.target().ifPresent(t -> out.append(" · 目标").append(t));
      new TreeMap<>(flag.inputs()).forEach((name, value) ->
          out.append(" · ").append(HTML.escape(name)).append(' ').append(HTML.escape(value)));
      out.append("</div></li>");
    }
    return out.append("</ul>").toString();
  }

  /** What the charts draw. */
  private static Map<String, Object> chartData(LedgerView view) {
    List<Map<String, Object>> lights = new ArrayList<>();
    for (Light light : Lights.shown(view.assessment().tasks())) {
      lights.add(Map.of("key", light.name(), "label", Lights.label(light),
          "colour", Lights.colour(light)));
    }
    List<Map<String, Object>> sections = new ArrayList<>();
    for (SectionView section : view.sections()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", "附件" + section.section().number());
      s.put("title", section.section().title());
      Map<String, Integer> counts = new LinkedHashMap<>();
      section.lightCounts().forEach((light, n) -> counts.put(light.name(), n));
      s.put("counts", counts);
      sections.add(s);
    }
    List<Map<String, Object>> units = new ArrayList<>();
    for (UnitResult unit : view.units()) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("name", unit.name());
      u.put("score", round(unit.score()));
      u.put("lead", unit.lead());
      u.put("co", unit.co());
      u.put("red", unit.red());
      u.put("yellow", unit.yellow());
      u.put("orange", unit.orange());
      units.add(u);
    }
    List<Map<String, Object>> leaders = new ArrayList<>();
    for (LeaderResult leader : view.leaders()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("name", leader.name());
      l.put("score", round(leader.score()));
      l.put("RED", leader.red());
      l.put("YELLOW", leader.yellow());
      l.put("BLUE", leader.blue());
      l.put("GREEN", leader.green());
      l.put("ORANGE", leader.orange());
      leaders.add(l);
    }
    List<Map<String, Object>> targets = new ArrayList<>();
    for (TaskRow row : view.rows()) {
      for (TargetRow target : row.targets()) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("label", row.task().id() + "-" + target.result().position());
        t.put("text", target.text());
        t.put("completion", percent(target.result().completion()));
        t.put("expected", percent(target.result().expectedShare()));
        t.put("reported", target.result().reported());
        t.put("light", target.light().map(Light::name).orElse(null));
        targets.add(t);
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("lights", lights);
    data.put("sections", sections);
    data.put("units", units);
    data.put("leaders", leaders);
    data.put("targets", targets);
    return data;
  }

  /** JSON that is safe inside a script element: no "<", so no "</script>". */
  static String json(Object value) {
    ObjectMapper mapper = TrackerJson.mapper();
    try {
      return mapper.writeValueAsString(value).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report data as JSON", e);
    }
  }

  private static BigDecimal percent(BigDecimal ratio) {
    return ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
  }

  private static BigDecimal round(BigDecimal score) {
    return score.setScale(1, RoundingMode.HALF_UP);
  }

  private static String clampPercent(BigDecimal percent) {
    return percent.max(BigDecimal.ZERO).min(HUNDRED).toPlainString();
  }

  private static String script(String name) {
    String script = resource(name);
    if (script.toLowerCase(Locale.ROOT).contains("</script")) {
      throw new IllegalStateException(name + " contains </script and cannot be inlined");
    }
    return script;
  }

  private static String resource(String name) {
    ClassLoader loader = HtmlReport.class.getClassLoader();
    String path = name.contains("/") ? name : "io/tracker/report/" + name;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Replaces each {{name}} in {@code template} once; inserted text is not scanned again. */
  private static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("report template has unknown placeholder " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
