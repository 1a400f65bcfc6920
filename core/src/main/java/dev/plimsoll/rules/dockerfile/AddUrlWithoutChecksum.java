package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ADD of a remote source whose content nothing pins: an http(s) URL without {@code --checksum}
 * (BuildKit verifies the digest before the file enters the layer, Dockerfile 1.6), or a git source
 * without {@code --checksum} (the commit, Dockerfile 1.16) whose ref is not a full commit hash: a
 * branch or tag can be moved to other code. Sources are read after ARG expansion; a source that
 * expands to nothing known is judged by what is written.
 */
final class AddUrlWithoutChecksum implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "add-url-without-checksum",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "ADD of a remote URL should pin its content with --checksum");

  private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitAdd(Add add, RuleContext ctx) {
    check(add, add, ctx);
  }

  @Override
  public void visitOnbuild(Onbuild onbuild, RuleContext ctx) {
    Optional<Instruction> trigger = onbuild.trigger();
    if (trigger.isPresent() && trigger.get() instanceof Add add) {
      check(add, onbuild, ctx);
    }
  }

  private static void check(Add add, Instruction at, RuleContext ctx) {
    if (add.flags().has("checksum")) {
      return;
    }
    for (String written : add.sources()) {
      String source =
          KnownValue.unquote(KnownValue.of(ctx.dockerfile(), at, written).orElse(written));
      if (isGit(source)) {
        if (!pinnedCommit(source)) {
          ctx.report(
              at,
              "ADD of git source "
                  + source
                  + " follows a movable ref: pin the commit with ADD --checksum=<commit-sha> "
                  + source
                  + " "
                  + add.destination()
                  + " (or put the full commit hash after #)");
          return;
        }
      } else if (isHttp(source)) {
        ctx.report(
            at,
            "ADD of "
                + source
                + " has no --checksum: pin its content with ADD --checksum=sha256:<digest> "
                + source
                + " "
                + add.destination());
        return;
      }
    }
  }

  private static boolean isHttp(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * A git source as BuildKit's gitutil reads one: {@code git://}, {@code ssh://}, {@code
   * git@host:path}, or an http(s) URL whose path ends in {@code .git}.
   */
  private static boolean isGit(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.startsWith("git://") || lower.startsWith("ssh://") || lower.startsWith("git@")) {
      return true;
    }
    int hash = lower.indexOf('#');
    String path = hash < 0 ? lower : lower.substring(0, hash);
    return isHttp(lower) && (path.endsWith(".git") || path.endsWith(".git/"));
  }

  /** {@code URL#<commit>} or {@code URL#<commit>:subdir}: a full hash names one tree for good. */
  private static boolean pinnedCommit(String source) {
    int hash = source.indexOf('#');
    if (hash < 0) {
      return false;
    }
    String fragment = source.substring(hash + 1);
    int colon = fragment.indexOf(':');
    String ref = colon < 0 ? fragment : fragment.substring(0, colon);
    return COMMIT.matcher(ref).matches();
  }
}
