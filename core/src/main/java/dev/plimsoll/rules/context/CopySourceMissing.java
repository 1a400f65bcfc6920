package dev.plimsoll.rules.context;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import dev.plimsoll.rules.dockerfile.DockerfileRule;
import dev.plimsoll.rules.dockerfile.RuleContext;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Optional;

/**
 * A COPY or ADD source that nothing the build context sends matches: BuildKit fails the build ("not
 * found", or "no source files were specified" for a wildcard). Wildcards match as BuildKit's do,
 * {@code --parents} paths are checked like any other. A source that exists but that {@code
 * .dockerignore} excludes is left to copy-not-dockerignored, unless the ignore file has {@code !}
 * exceptions, where that rule stays silent as BuildKit's does.
 */
final class CopySourceMissing implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-source-missing",
          List.of(),
          Severity.ERROR,
          Domain.CONTEXT,
          "COPY and ADD sources must exist in the build context");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    check(copy, ctx);
  }

  @Override
  public void visitAdd(Add add, RuleContext ctx) {
    check(add, ctx);
  }

  private static void check(Instruction ins, RuleContext ctx) {
    Optional<BuildContext> context = ctx.buildContext();
    if (context.isEmpty() || !ctx.dockerfile().stageOf(ins).map(ctx::builds).orElse(true)) {
      return; // no context, or a stage the build's target does not need
    }
    BuildContext c = context.get();
    for (ContextSources.Source s : ContextSources.of(ins, ctx.dockerfile())) {
      if (s.wildcard()) {
        boolean sent;
        try {
          sent = c.sendsMatch(s.path());
        } catch (IllegalArgumentException e) {
          continue; // a malformed pattern: BuildKit reports that itself
        }
        if (!sent) {
          ctx.report(
              ins,
              ins.keyword()
                  + " source \""
                  + s.written()
                  + "\" matches no file in the build context, so the build fails: fix the pattern"
                  + " or add the files");
        }
      } else if (!c.sends(s.path())) {
        boolean onDisk = Files.exists(c.root().resolve(s.path()), LinkOption.NOFOLLOW_LINKS);
        boolean judgedElsewhere = ctx.dockerignore().map(i -> !i.hasExceptions()).orElse(false);
        if (onDisk && judgedElsewhere) {
          continue;
        }
        ctx.report(
            ins,
            ins.keyword()
                + " source \""
                + s.written()
                + (onDisk
                    ? "\" is excluded by .dockerignore, so the build fails: re-include it with a"
                        + " ! line or drop it from the "
                    : "\" is not in the build context, so the build fails: fix the path or drop"
                        + " it from the ")
                + ins.keyword());
      }
    }
  }
}
