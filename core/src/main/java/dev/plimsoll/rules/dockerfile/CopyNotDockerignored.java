package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * COPY or ADD of a build-context path that {@code .dockerignore} excludes (BuildKit's
 * CopyIgnoredFile, convert.go {@code validateCopySourcePath}): the file never reaches the builder,
 * so the COPY fails or silently copies less. Needs the build context; without one the rule is
 * silent. As in BuildKit, {@code COPY --from}, URLs, git sources and heredocs are not checked, nor
 * is anything when {@code .dockerignore} has {@code !} exceptions.
 */
final class CopyNotDockerignored implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-not-dockerignored",
          List.of("CopyIgnoredFile"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "COPY and ADD should not name files that .dockerignore excludes");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    if (!copy.flags().has("from")) {
      check(copy, "Copy", copy.sources(), ctx);
    }
  }

  @Override
  public void visitAdd(Add add, RuleContext ctx) {
    check(add, "Add", add.sources(), ctx);
  }

  private static void check(Instruction ins, String verb, List<String> sources, RuleContext ctx) {
    Optional<IgnoreMatcher> ignore = ctx.dockerignore();
    if (ignore.isEmpty() || ignore.get().hasExceptions()) {
      return;
    }
    Dockerfile file = ctx.dockerfile();
    for (String written : sources) {
      if (written.startsWith("<<") || isRemote(written)) {
        continue;
      }
      String src = expanded(file, ins, written);
      if (ignore.get().excludes(src)) {
        ctx.report(
            ins,
            "Attempting to "
                + verb
                + " file \""
                + src
                + "\" that is excluded by .dockerignore: remove it from .dockerignore or from"
                + " the "
                + ins.keyword());
      }
    }
  }

  private static boolean isRemote(String src) {
    return src.startsWith("http://") || src.startsWith("https://") || src.startsWith("git@");
  }

  private static String expanded(Dockerfile file, Instruction ins, String word) {
    try {
      return file.expand(word, ins).value();
    } catch (ExpansionException e) {
      return word;
    }
  }
}
