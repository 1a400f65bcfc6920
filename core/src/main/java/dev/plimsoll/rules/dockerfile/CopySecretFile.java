package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * COPY or ADD of a file that holds credentials ({@link SecretFile}): a layer keeps it for good,
 * whatever a later RUN deletes, and anyone who pulls the image (or the build cache, exported with
 * {@code mode=max}) can read it. That holds for {@code COPY --from} too, and in build stages. The
 * source is judged by its name, after ARG expansion; so is the destination when it names a file,
 * since {@code COPY ci.npmrc /root/.npmrc} puts an {@code .npmrc} in the image all the same. URLs
 * and git sources are downloads, not local secrets; globs are not guessed at.
 */
final class CopySecretFile implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-secret-file",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Credential files should not be copied into the image; use a secret mount");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    check(copy.sources(), copy.destination(), "COPY", copy, ctx);
  }

  @Override
  public void visitAdd(Add add, RuleContext ctx) {
    check(add.sources(), add.destination(), "ADD", add, ctx);
  }

  @Override
  public void visitOnbuild(Onbuild onbuild, RuleContext ctx) {
    Optional<Instruction> trigger = onbuild.trigger();
    if (trigger.isPresent() && trigger.get() instanceof Copy copy) {
      check(copy.sources(), copy.destination(), "COPY", onbuild, ctx);
    } else if (trigger.isPresent() && trigger.get() instanceof Add add) {
      check(add.sources(), add.destination(), "ADD", onbuild, ctx);
    }
  }

  /** {@code at} is the instruction reported, and whose scope expands the words: an ONBUILD's. */
  private static void check(
      List<String> sources, String destination, String keyword, Instruction at, RuleContext ctx) {
    String dest = known(at, destination, ctx);
    boolean anyTemplate = false;
    for (String written : sources) {
      String source = known(at, written, ctx);
      if (isRemote(source) || source.startsWith("<<")) {
        continue;
      }
      anyTemplate |= SecretFile.isTemplate(source);
      Optional<SecretFile> secret = SecretFile.of(source);
      if (secret.isPresent()) {
        ctx.report(at, message(keyword, source, secret.get(), dest));
        return;
      }
    }
    // COPY .env.example .env writes a template, not a secret.
    if (sources.size() == 1 && !anyTemplate && !dest.endsWith("/")) {
      Optional<SecretFile> secret = SecretFile.of(dest);
      if (secret.isPresent()) {
        ctx.report(at, message(keyword, dest, secret.get(), dest));
      }
    }
  }

  private static String message(String keyword, String path, SecretFile secret, String dest) {
    String target = dest.startsWith("/") && !dest.endsWith("/") ? dest : secret.target();
    return keyword
        + " of "
        + path
        + " bakes "
        + secret.what()
        + " into a layer, where a later rm cannot remove it: "
        + secret.advice(target);
  }

  private static String known(Instruction at, String word, RuleContext ctx) {
    return KnownValue.unquote(KnownValue.of(ctx.dockerfile(), at, word).orElse(word));
  }

  private static boolean isRemote(String source) {
    return source.contains("://") || source.startsWith("git@");
  }
}
