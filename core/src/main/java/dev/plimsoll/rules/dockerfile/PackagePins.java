package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The packages a RUN installs without a version, named for a message. */
final class PackagePins {
  private PackagePins() {}

  private static final Set<String> PACKAGE_VERBS = Set.of("install", "reinstall", "localinstall");

  /** The names of the packages that are not pinned, comma-separated, for a message. */
  static String unpinned(List<PackageRef> packages) {
    return packages.stream()
        .filter(p -> !p.pinned())
        .map(p -> p.word().unquoted())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * The packages that yum or dnf ({@code programs}) install without a version, read as hadolint's
   * DL3033 and DL3041 read them: {@code pkg-version} or an {@code .rpm} file pins a package; {@code
   * module install} takes {@code name:stream}; group installs name groups, which have no version.
   */
  static Optional<String> unpinnedRpms(ShellScript script, Set<String> programs) {
    List<PackageRef> packages = new ArrayList<>();
    List<String> modules = new ArrayList<>();
    for (PackageCommand c : PackageCommand.in(script)) {
      if (!programs.contains(c.program())) {
        continue;
      }
      if (PACKAGE_VERBS.contains(c.verb())) {
        packages.addAll(c.packages());
      } else if (c.verb().equals("module install")) {
        c.packages().stream()
            .map(p -> p.word().unquoted())
            .filter(m -> m.indexOf(':') < 0)
            .forEach(modules::add);
      }
    }
    List<String> names = new ArrayList<>();
    String plain = unpinned(packages);
    if (!plain.isEmpty()) {
      names.add(plain);
    }
    modules.stream().distinct().forEach(names::add);
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
  }
}
