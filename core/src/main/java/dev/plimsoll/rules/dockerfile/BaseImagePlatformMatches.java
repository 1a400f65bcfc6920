package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A base image whose OS or architecture is not the platform the stage builds for (BuildKit's
 * InvalidBaseImagePlatform, convert.go {@code validateBaseImagePlatform}): the image has no variant
 * for that platform, so the build runs under emulation or fails at run time. The expected platform
 * is the FROM's {@code --platform}, else the target platform. Needs the base image's metadata;
 * without an image source the rule is silent.
 */
final class BaseImagePlatformMatches implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "base-image-platform-matches",
          List.of("InvalidBaseImagePlatform"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "The base image should exist for the platform being built");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    for (Stage s : file.stages()) {
      Optional<BaseImage> image = ctx.baseImage(s);
      Optional<String> expected = expected(file, s);
      if (image.isEmpty() || expected.isEmpty()) {
        continue;
      }
      String[] want = expected.get().split("/", -1);
      BaseImage got = image.get();
      boolean osMatches = want[0].equals(got.os());
      boolean archMatches = want.length < 2 || want[1].equals(got.architecture());
      if (!osMatches || !archMatches) {
        ctx.report(
            s.from(),
            "Base image "
                + s.from().image()
                + " was pulled with platform \""
                + got.platform()
                + "\", expected \""
                + expected.get()
                + "\" for current build");
      }
    }
  }

  private static Optional<String> expected(Dockerfile file, Stage s) {
    Optional<String> flag = s.from().flags().value("platform");
    if (flag.isEmpty()) {
      return file.variablesAt(s.from()).get("TARGETPLATFORM");
    }
    try {
      return Optional.of(file.expand(flag.get(), s.from()).value()).filter(v -> !v.isEmpty());
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }
}
