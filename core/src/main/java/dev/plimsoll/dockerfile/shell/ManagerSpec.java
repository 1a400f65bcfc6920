package dev.plimsoll.dockerfile.shell;

import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What Plimsoll knows of each package manager's command line: the options that take a value (so
 * that {@code apt-get -o Opt=1 install} finds {@code install}), the verbs and what they do, and how
 * a package and its version are written. Taken from each tool's manual page.
 */
record ManagerSpec(
    Set<String> valueFlags, Map<String, Action> verbs, Function<Word, PackageRef> packages) {

  private static final Action I = Action.INSTALL;
  private static final Action R = Action.REMOVE;
  private static final Action U = Action.UPDATE;
  private static final Action G = Action.UPGRADE;
  private static final Action C = Action.CLEAN;
  private static final Action B = Action.BUILD;

  static ManagerSpec of(PackageManager manager) {
    return switch (manager) {
      case APT ->
          new ManagerSpec(
              Set.of(
                  "-o",
                  "--option",
                  "-t",
                  "--target-release",
                  "--default-release",
                  "-c",
                  "--config-file",
                  "-a",
                  "--host-architecture"),
              Map.ofEntries(
                  Map.entry("install", I),
                  Map.entry("reinstall", I),
                  Map.entry("remove", R),
                  Map.entry("purge", R),
                  Map.entry("autoremove", R),
                  Map.entry("update", U),
                  Map.entry("upgrade", G),
                  Map.entry("dist-upgrade", G),
                  Map.entry("full-upgrade", G),
                  Map.entry("clean", C),
                  Map.entry("autoclean", C)),
              PackageSpecs::apt);
      case APK ->
          new ManagerSpec(
              Set.of(
                  "-X",
                  "--repository",
                  "-t",
                  "--virtual",
                  "-p",
                  "--root",
                  "--arch",
                  "--cache-dir",
                  "--keys-dir",
                  "--repositories-file"),
              Map.of(
                  "add",
                  I,
                  "del",
                  R,
                  "update",
                  U,
                  "upgrade",
                  G,
                  "cache clean",
                  C,
                  "cache purge",
                  C),
              PackageSpecs::apk);
      case YUM ->
          new ManagerSpec(
              Set.of(
                  "-c",
                  "--config",
                  "--installroot",
                  "--releasever",
                  "--setopt",
                  "--enablerepo",
                  "--disablerepo",
                  "-x",
                  "--exclude",
                  "--repo",
                  "--repoid",
                  "-d",
                  "--debuglevel",
                  "-e",
                  "--errorlevel"),
              Map.ofEntries(
                  Map.entry("install", I),
                  Map.entry("reinstall", I),
                  Map.entry("localinstall", I),
                  Map.entry("groupinstall", I),
                  Map.entry("group install", I),
                  Map.entry("module install", I),
                  Map.entry("remove", R),
                  Map.entry("erase", R),
                  Map.entry("autoremove", R),
                  Map.entry("makecache", U),
                  Map.entry("check-update", U),
                  Map.entry("update", G),
                  Map.entry("upgrade", G),
                  Map.entry("distro-sync", G),
                  Map.entry("clean", C)),
              PackageSpecs::rpm);
      case ZYPPER ->
          new ManagerSpec(
              Set.of(
                  "-r",
                  "--repo",
                  "--root",
                  "-t",
                  "--type",
                  "--from",
                  "-D",
                  "--reposd-dir",
                  "-C",
                  "--cache-dir"),
              Map.ofEntries(
                  Map.entry("install", I),
                  Map.entry("in", I),
                  Map.entry("remove", R),
                  Map.entry("rm", R),
                  Map.entry("refresh", U),
                  Map.entry("ref", U),
                  Map.entry("update", G),
                  Map.entry("up", G),
                  Map.entry("dist-upgrade", G),
                  Map.entry("dup", G),
                  Map.entry("patch", G),
                  Map.entry("clean", C),
                  Map.entry("cc", C)),
              PackageSpecs::zypper);
      case PIP ->
          new ManagerSpec(
              Set.of(
                  "-r",
                  "--requirement",
                  "-c",
                  "--constraint",
                  "-e",
                  "--editable",
                  "-i",
                  "--index-url",
                  "--extra-index-url",
                  "-f",
                  "--find-links",
                  "-t",
                  "--target",
                  "--prefix",
                  "--root",
                  "--src",
                  "--trusted-host",
                  "--platform",
                  "--python-version",
                  "--implementation",
                  "--abi",
                  "--no-binary",
                  "--only-binary",
                  "--progress-bar",
                  "--cache-dir",
                  "--log",
                  "--proxy",
                  "--retries",
                  "--timeout",
                  "--exists-action",
                  "--cert",
                  "--client-cert",
                  "--upgrade-strategy",
                  "-C",
                  "--config-settings"),
              Map.of("install", I, "uninstall", R, "cache purge", C, "cache remove", C),
              PackageSpecs::pip);
      case NPM ->
          new ManagerSpec(
              Set.of(
                  "--prefix",
                  "--registry",
                  "--cache",
                  "-w",
                  "--workspace",
                  "--omit",
                  "--include",
                  "--tag",
                  "--cache-folder",
                  "--modules-folder",
                  "--network-timeout",
                  "--cwd",
                  "--loglevel"),
              Map.ofEntries(
                  Map.entry("install", I),
                  Map.entry("i", I),
                  Map.entry("add", I),
                  Map.entry("ci", I),
                  Map.entry("uninstall", R),
                  Map.entry("remove", R),
                  Map.entry("rm", R),
                  Map.entry("update", G),
                  Map.entry("upgrade", G),
                  Map.entry("cache clean", C),
                  Map.entry("cache rm", C),
                  Map.entry("store prune", C),
                  Map.entry("build", B),
                  Map.entry("run build", B)),
              PackageSpecs::npm);
      case GEM ->
          new ManagerSpec(
              Set.of(
                  "-v",
                  "--version",
                  "-i",
                  "--install-dir",
                  "-n",
                  "--bindir",
                  "-s",
                  "--source",
                  "-p",
                  "--http-proxy",
                  "--platform",
                  "-g",
                  "--file"),
              Map.of("install", I, "i", I, "uninstall", R, "update", G, "cleanup", C),
              PackageSpecs::gem);
      case GO ->
          new ManagerSpec(
              Set.of(
                  "-o",
                  "-ldflags",
                  "-gcflags",
                  "-asmflags",
                  "-tags",
                  "-mod",
                  "-modfile",
                  "-p",
                  "-C",
                  "-buildmode",
                  "-compiler",
                  "-pkgdir",
                  "-toolexec",
                  "-overlay",
                  "-pgo"),
              Map.of("install", I, "get", I, "build", B, "mod download", U, "clean", C),
              PackageSpecs::atVersion);
      case CARGO ->
          new ManagerSpec(
              Set.of(
                  "--version",
                  "--vers",
                  "--git",
                  "--branch",
                  "--tag",
                  "--rev",
                  "--path",
                  "--root",
                  "--index",
                  "--registry",
                  "-j",
                  "--jobs",
                  "--target",
                  "--target-dir",
                  "--profile",
                  "-F",
                  "--features",
                  "-p",
                  "--package",
                  "--manifest-path",
                  "--bin",
                  "--example",
                  "--color",
                  "-Z",
                  "--config"),
              Map.of("install", I, "uninstall", R, "build", B, "fetch", U, "clean", C),
              PackageSpecs::atVersion);
      case COMPOSER ->
          new ManagerSpec(
              Set.of("-d", "--working-dir"),
              Map.of(
                  "install",
                  I,
                  "require",
                  I,
                  "remove",
                  R,
                  "update",
                  G,
                  "clear-cache",
                  C,
                  "clearcache",
                  C),
              PackageSpecs::composer);
    };
  }
}
