package dev.plimsoll.rules;

import dev.plimsoll.rules.dockerfile.shellcheck.ShellCheckPass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What ShellCheck found, judged as the engine judges any rule's findings: each code is a rule of
 * its own name ({@code SC2086}) for {@code --ignore}, the configuration files and ignore pragmas;
 * {@code shellcheck} stands for all of them. A pragma applies to the RUN it precedes, wherever in
 * the RUN ShellCheck points.
 */
final class ShellCheckFindings {
  private ShellCheckFindings() {}

  /**
   * The findings that stand; adds the metadata of each code found to {@code metas}.
   *
   * @param configs each file's configuration ({@link LintConfig#forFile}), by that number
   * @param suppressions each file's pragmas, by the number it was added to the pass with
   */
  static List<Finding> judge(
      List<ShellCheckPass.Found> found,
      List<LintConfig> configs,
      List<Suppressions> suppressions,
      Map<String, RuleMeta> metas) {
    RuleMeta family = ShellCheckPass.META;
    List<Finding> out = new ArrayList<>();
    for (ShellCheckPass.Found f : found) {
      RuleMeta meta = ShellCheckPass.meta(f.code(), f.severity());
      Suppressions file = suppressions.get(f.source());
      LintConfig config = configs.get(f.source());
      if (config.ignores(meta)
          || config.ignores(family)
          || file.suppresses(meta, f.instructionLine())
          || file.suppresses(family, f.instructionLine())) {
        continue;
      }
      Severity severity =
          config
              .severityOverride(meta)
              .or(() -> config.severityOverride(family))
              .orElse(f.severity());
      out.add(
          new Finding(
              meta.name(),
              meta.aliases(),
              severity,
              f.message(),
              f.file(),
              f.line(),
              f.column(),
              f.endLine()));
      metas.putIfAbsent(meta.name(), meta);
    }
    return out;
  }
}
