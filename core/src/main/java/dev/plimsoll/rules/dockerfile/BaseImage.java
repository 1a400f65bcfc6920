package dev.plimsoll.rules.dockerfile;

import java.util.Map;
import java.util.Optional;

/**
 * The parts of a base image's configuration that Dockerfile rules use.
 *
 * @param os the image's {@code os}, e.g. {@code linux}
 * @param architecture the image's {@code architecture}, e.g. {@code arm64}
 * @param variant the image's {@code variant}, e.g. {@code v8}, if it has one
 * @param env the image's {@code Env}, which a stage built on it inherits
 * @param user the image's {@code User}, which a stage built on it runs as until its own USER; empty
 *     when the configuration sets none (root)
 */
public record BaseImage(
    String os,
    String architecture,
    Optional<String> variant,
    Map<String, String> env,
    Optional<String> user) {
  public BaseImage {
    env = Map.copyOf(env);
  }

  /** {@code os/architecture[/variant]}, as BuildKit's {@code platforms.Format} writes it. */
  public String platform() {
    return os + "/" + architecture + variant.map(v -> "/" + v).orElse("");
  }
}
