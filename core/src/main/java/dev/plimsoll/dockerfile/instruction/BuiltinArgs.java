package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.instruction.Variables.Kind;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's automatic platform ARGs. They are in the global scope without a declaration; inside a
 * stage, {@code ARG TARGETPLATFORM} (without a value) brings one in.
 */
public final class BuiltinArgs {
  /** The names, in BuildKit's order. */
  public static final List<String> NAMES =
      List.of(
          "BUILDPLATFORM",
          "BUILDOS",
          "BUILDARCH",
          "BUILDVARIANT",
          "TARGETPLATFORM",
          "TARGETOS",
          "TARGETARCH",
          "TARGETVARIANT");

  private BuiltinArgs() {}

  static Variables scope(BuildOptions options) {
    Variables s = Variables.empty();
    s = platform(s, "BUILD", options.buildPlatform());
    return platform(s, "TARGET", options.targetPlatform());
  }

  private static Variables platform(Variables s, String prefix, String platform) {
    String[] parts = platform.split("/", 3);
    s = s.with(prefix + "PLATFORM", Kind.BUILTIN, Optional.of(platform), 0);
    s = s.with(prefix + "OS", Kind.BUILTIN, Optional.of(parts[0]), 0);
    s = s.with(prefix + "ARCH", Kind.BUILTIN, Optional.of(parts.length > 1 ? parts[1] : ""), 0);
    return s.with(
        prefix + "VARIANT", Kind.BUILTIN, Optional.of(parts.length > 2 ? parts[2] : ""), 0);
  }
}
