package io.tracker.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeTest {
  @Test
  void probe() throws Exception {
    for (String f : new String[] {"scoring.drl", "risk.drl"}) {
      String s = Files.readString(Path.of("src/main/resources/io/tracker/rules/" + f));
      int first = s.indexOf("\nrule ");
      String header = s.substring(0, first);
      String[] rules = s.substring(first).split("\nrule ");
      for (String r : rules) {
        if (r.isBlank()) continue;
        String drl = header + "\nrule " + r;
        try {
          RuleCompiler.compile(RuleSet.of(Map.of("x.drl", drl.getBytes(StandardCharsets.UTF_8))));
          System.out.println("OK   " + r.lines().findFirst().get());
        } catch (Throwable e) {
          System.out.println("FAIL " + r.lines().findFirst().get() + " :: " + String.valueOf(e.getMessage()).lines().limit(3).toList());
        }
      }
    }
  }
}
