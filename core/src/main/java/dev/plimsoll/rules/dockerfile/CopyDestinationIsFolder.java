package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * COPY of several sources into a destination that does not end with {@code /} (hadolint's DL3021).
 * BuildKit refuses the build ("When using COPY with more than one source file, the destination must
 * be a directory and end with a /"). The destination is read after expansion; one set at build time
 * is left alone.
 */
final class CopyDestinationIsFolder implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-destination-is-folder",
          List.of("DL3021"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "COPY with more than one source requires the destination to end with /");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    if (copy.sources().size() < 2) {
      return;
    }
    Optional<String> dest = KnownValue.of(ctx.dockerfile(), copy, copy.destination());
    if (dest.isPresent() && !KnownValue.unquote(dest.get()).endsWith("/")) {
      ctx.report(
          copy,
          "COPY with "
              + copy.sources().size()
              + " sources requires the destination to end with /: write '"
              + KnownValue.unquote(dest.get())
              + "/'");
    }
  }
}
