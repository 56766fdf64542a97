package io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Bounded inputs pass exactly the inputs within the limit, whatever the sizes and read sizes. */
class InputLimitsPropertiesTest {
  @Test
  void aBoundedStreamPassesAnInputIffItFitsAndThenWhole() {
    qt().withFixedSeed(7L).forAll(integers().between(0, 3000), integers().between(1, 3000), integers().between(1, 700))
        .checkAssert((size, limit, chunk) -> {
          byte[] input = new byte[size];
          for (int i = 0; i < size; i++) {
            input[i] = (byte) (i * 31);
          }
          InputStream in = InputLimits.defaults().withMaxInputBytes(limit).bounded(new ByteArrayInputStream(input), "f");
          if (size <= limit) {
            assertThat(readInChunks(in, chunk)).isEqualTo(input);
          } else {
            assertThatThrownBy(() -> readInChunks(in, chunk)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("f:0:0: 输入超过 " + limit + " 字节的上限");
          }
        });
  }

  @Test
  void aBoundedReaderPassesAnInputIffItFits() {
    qt().withFixedSeed(7L).forAll(integers().between(0, 2000), integers().between(1, 2000))
        .checkAssert((size, limit) -> {
          String input = "县".repeat(size);
          Reader in = InputLimits.defaults().withMaxInputBytes(limit).bounded(new StringReader(input), "f");
          if (size <= limit) {
            assertThat(readAll(in)).isEqualTo(input);
          } else {
            assertThatThrownBy(() -> readAll(in)).isInstanceOf(InputException.class);
          }
        });
  }

  private static byte[] readInChunks(InputStream in, int chunk) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[chunk];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readAll(Reader in) {
    try {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[97];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
