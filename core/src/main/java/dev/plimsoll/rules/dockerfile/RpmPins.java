package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The packages that yum and dnf install without a version, read as hadolint's DL3033 and DL3041
 * read them: {@code pkg-version} or an {@code .rpm} file pins a package; {@code module install}
 * takes {@code name:stream}; group installs name groups, which have no version.
 */
final class RpmPins {
  private RpmPins() {}

  private static final Set<String> PACKAGE_VERBS = Set.of("install", "reinstall", "localinstall");

  /** The unpinned packages of the programs' installs in the script, for a message; or empty. */
  static Optional<String> unpinned(ShellScript script, Set<String> programs) {
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
    String plain = PackageCaches.unpinned(packages);
    if (!plain.isEmpty()) {
      names.add(plain);
    }
    modules.stream().distinct().forEach(names::add);
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
  }
}
