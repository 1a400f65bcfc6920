package dev.plimsoll.dockerfile.instruction;

import java.util.Map;

/**
 * What a build would be given from outside the Dockerfile.
 *
 * @param buildArgs {@code --build-arg} values, which override ARG defaults
 * @param targetPlatform the platform built for, e.g. {@code linux/amd64}
 * @param buildPlatform the platform of the builder
 */
public record BuildOptions(
    Map<String, String> buildArgs, String targetPlatform, String buildPlatform) {
  public static final BuildOptions DEFAULT =
      new BuildOptions(Map.of(), "linux/amd64", "linux/amd64");

  public BuildOptions {
    buildArgs = Map.copyOf(buildArgs);
  }
}
