package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * A stage name written with upper-case letters (BuildKit's StageNameCasing, checked in
 * instructions/parse.go on {@code FROM image AS name}). BuildKit lower-cases stage names, so {@code
 * AS Build} is reached as {@code build}; the name as written misleads.
 */
final class StageNameLowercase implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "stage-name-lowercase",
          List.of("StageNameCasing"),
          Severity.STYLE,
          Domain.DOCKERFILE,
          "Stage names should be lower case");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    if (from.stageName().isEmpty()) {
      return;
    }
    String name = from.stageName().get();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!name.equals(lower)) {
      ctx.report(from, "Stage name '" + name + "' should be lowercase: write '" + lower + "'");
    }
  }
}
