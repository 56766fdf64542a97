package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random texts full of HTML and JavaScript metacharacters, placed everywhere a text reaches the
 * report, are shown as text by the page and by every chart tooltip, and run nothing. Seeded: each
 * seed is one page (eight texts) opened in Chromium with every bar hovered over.
 */
class HtmlReportBrowserPropertiesTest {
  /** Pieces that mean something to HTML, JavaScript or ECharts, and ordinary text between them. */
  private static final String[] PIECES = {
    "<", ">", "&", "\"", "'", "`", "/", "=", "\\", "<img src=x onerror=", "<svg onload=", "</script>",
    "<script>", "<!--", "-->", "]]>", "${", "{a|", "}", "&amp;", "&lt;", "&#39;", "javascript:", "\u2028",
    "\u00a0", "document.documentElement.setAttribute('data-pwned','random')", " ", "县财政局", "增长13%", "🙂", "a",
  };

  @TempDir static Path dir;

  @BeforeAll
  static void chromiumIsInstalled() {
    Chromium.assumeInstalled();
  }

  private static String text(Random random) {
    StringBuilder s = new StringBuilder();
    for (int n = 1 + random.nextInt(12); n > 0; n--) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void randomTextsAreShownAsTextAndRunNothing(long seed) throws Exception {
    Random random = new Random(seed);
    PlacedTexts texts = new PlacedTexts(text(random), text(random), text(random), text(random), text(random),
        "单位" + text(random), "领导" + text(random), text(random));
    Document dom = HoveredPage.open(new Chromium(dir), dir.resolve("seed" + seed), texts, true);
    assertThat(dom.body().attr("data-errors")).as("script errors and policy violations").isEmpty();
    HoveredPage.assertShownAsText(dom, texts);
  }
}
