package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The library leaves logging to its host: nothing on the class path of tracker-rules (and so of
 * tracker-core, which it depends on) binds SLF4J or routes log4j-api elsewhere. The command line
 * brings slf4j-nop and the log4j bridge itself.
 */
class HostLoggingTest {
  @Test
  void bringsNoSlf4jBinding() {
    assertThat(ServiceLoader.load(SLF4JServiceProvider.class).stream().map(p -> p.type().getName()))
        .isEmpty();
  }

  @Test
  void bringsNoLog4jProvider() {
    assertThat(getClass().getClassLoader().getResource("META-INF/log4j-provider.properties")).isNull();
    assertThat(ServiceLoader.load(org.apache.logging.log4j.spi.Provider.class).stream()
        .map(p -> p.type().getName())).isEmpty();
  }
}
