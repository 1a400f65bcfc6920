package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code FROM --platform=linux/amd64 ...}: a platform written as a constant (BuildKit's
 * FromPlatformFlagConstDisallowed, convert.go {@code reportConstPlatformDisallowed}). The image
 * then ignores {@code --platform} and multi-platform builds. As in BuildKit, a stage whose name
 * contains the platform's OS or architecture ({@code AS build-amd64}) is exempt: it is meant for
 * that platform, and an unparsable platform is left to the build's own error.
 */
final class FromPlatformNotConstant implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "from-platform-not-constant",
          List.of("FromPlatformFlagConstDisallowed", "DL3029"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "FROM --platform should use a variable such as $BUILDPLATFORM, not a constant");

  private static final Set<String> OSES =
      Set.of(
          "aix",
          "android",
          "darwin",
          "dragonfly",
          "freebsd",
          "illumos",
          "ios",
          "js",
          "linux",
          "netbsd",
          "openbsd",
          "plan9",
          "solaris",
          "wasip1",
          "windows");

  /** containerd's {@code normalizeArch}, for the names people write. */
  private static final Map<String, String> ARCHES =
      Map.ofEntries(
          Map.entry("amd64", "amd64"),
          Map.entry("x86_64", "amd64"),
          Map.entry("x86-64", "amd64"),
          Map.entry("386", "386"),
          Map.entry("i386", "386"),
          Map.entry("arm64", "arm64"),
          Map.entry("aarch64", "arm64"),
          Map.entry("arm", "arm"),
          Map.entry("armhf", "arm"),
          Map.entry("armel", "arm"),
          Map.entry("ppc64le", "ppc64le"),
          Map.entry("s390x", "s390x"),
          Map.entry("riscv64", "riscv64"),
          Map.entry("mips64le", "mips64le"),
          Map.entry("loong64", "loong64"));

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Optional<String> platform = from.flags().value("platform");
    if (platform.isEmpty()) {
      return;
    }
    ExpansionResult r;
    try {
      r = ctx.dockerfile().expand(platform.get(), from);
    } catch (ExpansionException e) {
      return;
    }
    if (!r.used().isEmpty() || !r.unmatched().isEmpty()) {
      return;
    }
    Optional<String[]> osArch = parse(r.value());
    if (osArch.isEmpty()) {
      return;
    }
    String name = from.stageName().orElse("").toLowerCase(Locale.ROOT);
    if (name.contains(osArch.get()[0]) || name.contains(osArch.get()[1])) {
      return;
    }
    ctx.report(
        from,
        "FROM --platform flag should not use constant value \""
            + r.value()
            + "\": use $BUILDPLATFORM or $TARGETPLATFORM, or leave it out");
  }

  /** The OS and architecture, as containerd's {@code platforms.Parse} reads them. */
  private static Optional<String[]> parse(String platform) {
    String[] parts = platform.toLowerCase(Locale.ROOT).split("/", -1);
    if (parts.length == 1) {
      if (OSES.contains(parts[0])) {
        return Optional.of(new String[] {parts[0], "amd64"});
      }
      String arch = ARCHES.get(parts[0]);
      return arch == null ? Optional.empty() : Optional.of(new String[] {"linux", arch});
    }
    if (parts.length > 3 || !OSES.contains(parts[0]) || !ARCHES.containsKey(parts[1])) {
      return Optional.empty();
    }
    return Optional.of(new String[] {parts[0], ARCHES.get(parts[1])});
  }
}
