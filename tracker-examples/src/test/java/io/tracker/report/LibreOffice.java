package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: Debian's LibreOffice Calc, headless, as the clerk's spreadsheet program (re-saving
 * forms as .xlsx or .xls) and as the renderer of workbooks to PDF; and poppler's pdftoppm for PNG.
 * Without them a test is skipped, except on CI (environment variable CI set), where it fails.
 */
public final class LibreOffice {
  private static final Path SOFFICE = Path.of("/usr/bin/soffice");
  private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

  private LibreOffice() {}

  /** Skips (or, on CI, fails) the calling test when LibreOffice or pdftoppm is missing. */
  public static void requireInstalled() {
    for (Path tool : List.of(SOFFICE, PDFTOPPM)) {
      if (!Files.isExecutable(tool)) {
        String missing = tool + " is not installed (apt-get install libreoffice-calc-nogui poppler-utils)";
        if (System.getenv("CI") != null) {
          fail(missing);
        }
        assumeTrue(false, missing);
      }
    }
  }

  /**
   * Opens each of {@code files} in LibreOffice and saves it into {@code outDir} with
   * {@code filter} ({@code xlsx}, {@code xls}, {@code pdf}); returns the files written, in order.
   */
  public static List<Path> convert(List<Path> files, String format, Path outDir) throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    Path profile = Files.createTempDirectory("lo-profile");
    List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
    files.forEach(f -> command.add(f.toString()));
    run(command);
    List<Path> written = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format.split(":")[0]);
      assertThat(out).as("LibreOffice wrote %s", out).exists();
      written.add(out);
    }
    return written;
  }

  /** Renders page 1 of {@code pdf} as {@code png} at {@code dpi}. */
  public static Path firstPageAsPng(Path pdf, Path png, int dpi) throws IOException, InterruptedException {
    String prefix = png.toString().substring(0, png.toString().length() - ".png".length());
    run(List.of(PDFTOPPM.toString(), "-png", "-r", String.valueOf(dpi), "-f", "1", "-l", "1", "-singlefile",
        pdf.toString(), prefix));
    return png;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(command.get(0) + " did not finish");
    }
    assertThat(process.exitValue()).as("%s: %s", command, new String(output, StandardCharsets.UTF_8)).isZero();
  }
}
