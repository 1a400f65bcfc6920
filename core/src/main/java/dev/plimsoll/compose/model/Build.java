package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Map;
import java.util.Optional;

/**
 * How a service's image is built.
 *
 * @param context the build context: an absolute folder, or a URL as written
 * @param dockerfile the Dockerfile, relative to the context as written (compose's default {@code
 *     Dockerfile} when absent)
 * @param target the stage to build, when one is named
 * @param args build arguments; an argument without a value takes it from the environment
 */
public record Build(
    String context,
    String dockerfile,
    Optional<String> target,
    Map<String, Optional<String>> args,
    Position pos) {
  public Build {
    args = Map.copyOf(args);
  }
}
