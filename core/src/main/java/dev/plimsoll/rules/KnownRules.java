package dev.plimsoll.rules;

import dev.plimsoll.rules.dockerfile.DockerfileRule;
import dev.plimsoll.rules.dockerfile.DockerfileRules;
import dev.plimsoll.rules.dockerfile.shellcheck.ShellCheckPass;
import java.util.ArrayList;
import java.util.List;

/** The metadata of every rule of every domain, for configuration checks and reports. */
final class KnownRules {
  /**
   * Not a rule that visits anything: the finding a file gets when it does not parse, named as
   * hadolint names its parse failure.
   */
  static final RuleMeta SYNTAX_ERROR =
      new RuleMeta(
          "syntax-error",
          List.of("DL1000"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "The Dockerfile must follow the Dockerfile syntax");

  private KnownRules() {}

  static List<RuleMeta> all() {
    List<RuleMeta> all = new ArrayList<>();
    all.add(SYNTAX_ERROR);
    all.add(ShellCheckPass.META);
    for (DockerfileRule r : DockerfileRules.all()) {
      all.add(r.meta());
    }
    return List.copyOf(all);
  }

  /**
   * True when some rule answers to {@code id}: a name or alias of {@code known}, or a ShellCheck
   * code ({@code SC2086}), which the {@code shellcheck} entry stands for.
   */
  static boolean isKnown(List<RuleMeta> known, String id) {
    return ShellCheckPass.isCode(id) || known.stream().anyMatch(m -> m.answersTo(id));
  }
}
