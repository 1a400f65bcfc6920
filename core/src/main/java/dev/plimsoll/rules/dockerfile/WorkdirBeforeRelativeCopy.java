package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.Workdir;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * COPY to a relative destination before any WORKDIR (hadolint's DL3045): the files land in the base
 * image's working directory, which the base image may change. A WORKDIR earlier in the stage, or in
 * the stage it is built FROM, settles it. As in hadolint, absolute Unix and Windows paths ({@code
 * C:\app}, {@code C:/app}) and destinations that start with a variable are fine, and so is a bare
 * drive ({@code C:}, as Docker's own hello-world image for Windows writes), which hadolint flags.
 */
final class WorkdirBeforeRelativeCopy implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "workdir-before-relative-copy",
          List.of("DL3045"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "COPY to a relative destination needs a WORKDIR first");

  private static final Pattern ABSOLUTE =
      Pattern.compile("^(?:[/\\\\$].*|[A-Za-z]:(?:[/\\\\].*)?)$");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    Optional<Stage> stage = file.stageOf(copy);
    String dest = KnownValue.unquote(copy.destination());
    if (stage.isEmpty() || ABSOLUTE.matcher(dest).matches()) {
      return;
    }
    for (Instruction i : stage.get().instructions()) {
      if (i == copy) {
        break;
      }
      if (i instanceof Workdir) {
        return;
      }
    }
    if (!setsWorkdir(file, file.stage(stage.get().from().image(), stage.get().index()))) {
      ctx.report(
          copy,
          "COPY to relative destination '"
              + dest
              + "' without a WORKDIR: set WORKDIR first, or use an absolute path");
    }
  }

  private static boolean setsWorkdir(Dockerfile file, Optional<Stage> stage) {
    return stage.isPresent()
        && (!stage.get().all(Workdir.class).isEmpty()
            || setsWorkdir(file, file.stage(stage.get().from().image(), stage.get().index())));
  }
}
