package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.BadInputException;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code plimsoll rules [RULE]}: the list of rules, or one rule's documentation. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the rules, or explains one (by name or alias): what it checks, why, and the fix."
    })
final class RulesCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "RULE", description = "A rule's name or alias.")
  String rule;

  @Mixin TtyOrJson format;

  @Mixin OutputTarget target;

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean json = format.json("the rule list");
    List<RuleMeta> rules = RuleCatalog.all();
    if (rule != null) {
      RuleMeta meta =
          RuleCatalog.find(rule)
              .orElseThrow(
                  () -> new BadInputException(rule, "no such rule (see 'plimsoll rules')"));
      rules = List.of(meta);
    }
    try (Writer out = target.open()) {
      if (json) {
        json(rules, out);
      } else if (rule != null) {
        RuleMeta meta = rules.get(0);
        out.write(header(meta));
        out.write(RuleCatalog.documentation(meta).orElse(meta.summary() + "\n"));
      } else {
        table(rules, out);
      }
    }
    return 0;
  }

  private static String header(RuleMeta r) {
    return r.name()
        + aliasText(r)
        + "  "
        + r.severity().label()
        + ", "
        + r.domain().label()
        + (r.optIn() ? ", off by default" : "")
        + "\n"
        + r.helpUri()
        + "\n\n"
        + (r.optIn() ? howToEnable(r) + "\n" : "");
  }

  /** Any configured severity turns an opt-in rule on (LintConfig#ignores). */
  private static String howToEnable(RuleMeta r) {
    String level = r.severity().label();
    String hadolintName = r.aliases().isEmpty() ? r.name() : r.aliases().get(0);
    return "Off by default. Turn it on with a severity: `severity: {"
        + r.name()
        + ": "
        + level
        + "}` in .plimsoll.yaml, or `override: {"
        + level
        + ": ["
        + hadolintName
        + "]}` in .hadolint.yaml.\n";
  }

  private static String aliasText(RuleMeta r) {
    return r.aliases().isEmpty() ? "" : " (" + String.join(", ", r.aliases()) + ")";
  }

  private static void table(List<RuleMeta> rules, Writer out) throws IOException {
    int width = 0;
    for (RuleMeta r : rules) {
      width = Math.max(width, r.name().length());
    }
    for (RuleMeta r : rules) {
      out.write(
          String.format(
              "%-" + width + "s  %-8s %-4s %-10s %s%s%n",
              r.name(),
              r.severity().label(),
              r.optIn() ? "off" : "on",
              r.domain().label(),
              r.summary(),
              aliasText(r)));
    }
    long off = rules.stream().filter(RuleMeta::optIn).count();
    out.write(
        rules.size()
            + " rules, "
            + off
            + " off by default (a severity in the configuration turns one on)."
            + " 'plimsoll rules NAME' explains one.\n");
  }

  private static void json(List<RuleMeta> rules, Writer out) throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    g.writeFieldName("rules");
    g.writeStartArray();
    for (RuleMeta r : rules) {
      g.writeStartObject();
      g.writeStringField("name", r.name());
      JsonLayout.stringArray(g, "aliases", r.aliases());
      g.writeStringField("severity", r.severity().label());
      g.writeStringField("domain", r.domain().label());
      g.writeStringField("summary", r.summary());
      g.writeStringField("helpUri", r.helpUri());
      g.writeBooleanField("enabledByDefault", !r.optIn());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    JsonLayout.close(g, out);
  }
}
