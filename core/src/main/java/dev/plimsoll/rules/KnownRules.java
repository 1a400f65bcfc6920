package dev.plimsoll.rules;

import dev.plimsoll.dockerfile.instruction.MisplacedInstructionException;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.rules.context.ContextRules;
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

  /**
   * Also found by the parser rather than a visitor: an instruction other than ARG before the first
   * FROM, which BuildKit refuses and hadolint names DL3061. Reported instead of {@link
   * #SYNTAX_ERROR} for that one failure, so either can be turned off alone.
   */
  static final RuleMeta INSTRUCTION_ORDER =
      new RuleMeta(
          "instruction-order",
          List.of("DL3061"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "A Dockerfile must begin with FROM, or ARGs then FROM");

  /**
   * Found by the parser too: BuildKit refuses ONBUILD, FROM and MAINTAINER as triggers (DL3043).
   */
  static final RuleMeta ONBUILD_TRIGGER =
      new RuleMeta(
          "onbuild-trigger-allowed",
          List.of("DL3043"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER");

  /** The rule a syntax failure is reported under. */
  static RuleMeta forFailure(DockerfileSyntaxException e) {
    if (e instanceof MisplacedInstructionException m) {
      return m.place() == MisplacedInstructionException.Place.BEFORE_FROM
          ? INSTRUCTION_ORDER
          : ONBUILD_TRIGGER;
    }
    return SYNTAX_ERROR;
  }

  /** The rules found while parsing rather than by a visitor. */
  static List<RuleMeta> parserRules() {
    return List.of(SYNTAX_ERROR, INSTRUCTION_ORDER, ONBUILD_TRIGGER);
  }

  private KnownRules() {}

  static List<RuleMeta> all() {
    List<RuleMeta> all = new ArrayList<>(parserRules());
    all.add(ShellCheckPass.META);
    for (DockerfileRule r : DockerfileRules.all()) {
      all.add(r.meta());
    }
    for (DockerfileRule r : ContextRules.all()) {
      all.add(r.meta());
    }
    for (dev.plimsoll.rules.image.ImageRule r : dev.plimsoll.rules.image.ImageRules.all()) {
      all.add(r.meta());
    }
    for (dev.plimsoll.rules.compose.ComposeRule r : dev.plimsoll.rules.compose.ComposeRules.all()) {
      all.add(r.meta());
    }
    return List.copyOf(all);
  }

  /**
   * True when some rule answers to {@code id}: a name or alias of {@code known}, or a ShellCheck
   * code ({@code SC2086}), which the {@code shellcheck} entry stands for.
   */
  /**
   * True when the two names or aliases are one rule's, e.g. {@code DL3008} and apt-pin-versions.
   */
  static boolean same(String a, String b) {
    return a.equalsIgnoreCase(b) || all().stream().anyMatch(m -> m.answersTo(a) && m.answersTo(b));
  }

  static boolean isKnown(List<RuleMeta> known, String id) {
    return ShellCheckPass.isCode(id) || known.stream().anyMatch(m -> m.answersTo(id));
  }
}
