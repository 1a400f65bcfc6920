package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the compose rules on a loaded project, with the configuration's ignores and severities. */
public final class ComposeLint {
  private final LintConfig config;
  private final List<ComposeRule> rules;

  public ComposeLint(LintConfig config) {
    this(config, ComposeRules.all());
  }

  ComposeLint(LintConfig config, List<ComposeRule> rules) {
    this.config = config;
    this.rules = List.copyOf(rules);
  }

  /** The rules that run. */
  public List<RuleMeta> rules() {
    return rules.stream().map(ComposeRule::meta).filter(m -> !config.ignores(m)).toList();
  }

  /** The findings, in the spec's order. */
  public List<ComposeFinding> check(ComposeProject project) {
    List<ComposeFinding> out = new ArrayList<>();
    for (ComposeRule r : rules) {
      RuleMeta meta = r.meta();
      if (config.ignores(meta)) {
        continue;
      }
      r.check(
          project,
          p ->
              out.add(
                  new ComposeFinding(
                      new Finding(
                          meta.name(),
                          meta.aliases(),
                          config.severityOverride(meta).orElse(meta.severity()),
                          p.message(),
                          p.pos().file(),
                          Math.max(1, p.pos().line()),
                          1,
                          Math.max(1, p.pos().line())),
                      p.service())));
    }
    out.sort(Comparator.comparing(ComposeFinding::finding, Finding.ORDER));
    return out;
  }
}
