package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The final image starts from a full distribution image ({@code node:20}, {@code python:3.12},
 * {@code debian:12}, {@code golang:1.22}) whose maintainers publish a slim or alpine variant of the
 * same version ({@link KnownBaseImages#smallerVariant}). Reported on the FROM that names the image,
 * which may be an earlier stage the final one is built on. JDK images are left to {@code
 * jdk-in-runtime-image}, whose advice already names a smaller image; a base image whose command is
 * a shell or language prompt ({@link PromptImage}), such as the official full language images, is
 * the full variant on purpose.
 */
final class PreferSmallerBase implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "prefer-smaller-base",
          List.of(),
          Severity.INFO,
          Domain.DOCKERFILE,
          "The final stage should use a slim, alpine or distroless variant of a full base image");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    StageChain chain = StageChain.ofRun(ctx);
    Optional<KnownBaseImages.Image> base = chain.base();
    if (base.isEmpty() || KnownBaseImages.jreFor(base.get()).isPresent() || PromptImage.is(chain)) {
      return;
    }
    KnownBaseImages.smallerVariant(base.get())
        .ifPresent(
            variant ->
                ctx.report(
                    chain.root().from(),
                    "Final image is built on '"
                        + base.get().written()
                        + "', a full distribution image; use '"
                        + variant
                        + "' (or build in this image and copy the result into the smaller one)"));
  }
}
