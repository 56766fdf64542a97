package io.tracker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a {@link RuleSet} into a shareable (thread-safe) KieBase with the executable model. The
 * one place rules are compiled.
 */
final class RuleCompiler {
  private static final String SOURCE_ROOT = "src/main/resources/tracker/rules/";
  private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule \"?([^\"\\n]+?)\"?[:\\s]");

  private RuleCompiler() {}

  static KieBase compile(RuleSet rules) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "ruleset-" + UUID.randomUUID(), "1.0.0");
    files.generateAndWritePomXML(id);
    for (String path : rules.paths()) {
      files.write(SOURCE_ROOT + path, rules.content(path));
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      services.getRepository().removeKieModule(id);
      throw new RuleSetException(errors.stream().map(RuleCompiler::problem).toList());
    }
    try {
      return services.newKieContainer(id).newKieBase(services.newKieBaseConfiguration());
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }

  private static RuleProblem problem(Message message) {
    String path = message.getPath() == null ? "" : message.getPath();
    String file = path.startsWith(SOURCE_ROOT) ? path.substring(SOURCE_ROOT.length()) : "";
    String text = message.getText() == null ? "" : message.getText().strip();
    Matcher rule = RULE_NAME.matcher(text);
    return new RuleProblem(file, Math.max(0, message.getLine()), rule.find() ? rule.group(1) : "",
        firstLine(text));
  }

  private static String firstLine(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    return lines.isEmpty() ? "" : lines.get(0);
  }
}
