package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import java.util.List;
import java.util.Optional;

/**
 * The cache a downloading command fills, and the {@code RUN --mount=type=cache} that keeps it
 * across builds. Folders are those of the official images running as root, as Docker's guide to
 * cache mounts gives them (docs.docker.com/build/cache/optimize).
 *
 * @param tool the command as the advice names it, e.g. {@code pip install}
 * @param mount the flags to add to the RUN
 * @param marks parts of a cache mount's target that show the cache is already mounted
 */
record DownloadCache(String tool, String mount, List<String> marks) {
  /** Words one of whose presence a RUN's text needs to hold a download. */
  static final List<String> PROGRAMS =
      List.of(
          "apt",
          "apk",
          "yum",
          "dnf",
          "pip",
          "poetry",
          "uv",
          "npm",
          "yarn",
          "pnpm",
          "go",
          "cargo",
          "mvn",
          "gradle",
          "bundle",
          "gem",
          "composer");

  static Optional<DownloadCache> of(SimpleCommand written) {
    SimpleCommand c = written.unwrapped();
    Optional<PackageCommand> found = PackageCommand.recognise(c);
    if (found.isPresent()) {
      return managed(found.get());
    }
    List<Word> ops = c.argsWithoutFlags();
    String first = ops.isEmpty() ? "" : ops.get(0).literal().orElse("");
    return switch (c.program()) {
      case "mvn", "mvnw" -> ops.isEmpty() ? none() : of("mvn", "/root/.m2", "m2");
      case "gradle", "gradlew" -> ops.isEmpty() ? none() : of("gradle", "/root/.gradle", "gradle");
      case "bundle", "bundler" ->
          first.equals("install") || ops.isEmpty()
              ? of("bundle install", "/root/.gem", "gem", "bundle")
              : none();
      case "poetry" ->
          first.equals("install")
              ? of("poetry install", "/root/.cache/pypoetry", "poetry")
              : none();
      case "pipenv" ->
          first.equals("install") || first.equals("sync")
              ? of("pipenv " + first, "/root/.cache/pipenv", "pipenv")
              : none();
      case "uv" ->
          first.equals("sync") || first.equals("pip") ? of("uv", "/root/.cache/uv", "uv") : none();
      default -> none();
    };
  }

  private static Optional<DownloadCache> managed(PackageCommand pc) {
    Action a = pc.action();
    boolean fetches = a == Action.INSTALL || a == Action.UPGRADE || a == Action.UPDATE;
    String verb = pc.program() + (pc.verb().isEmpty() ? "" : " " + pc.verb());
    return switch (pc.manager()) {
      case APT ->
          fetches
              ? Optional.of(
                  new DownloadCache(
                      verb,
                      "--mount=type=cache,target=/var/cache/apt,sharing=locked"
                          + " --mount=type=cache,target=/var/lib/apt,sharing=locked",
                      List.of("/var/cache/apt", "/var/lib/apt")))
              : none();
      case APK -> fetches ? of(verb, "/etc/apk/cache", "apk") : none();
      case YUM -> fetches ? of(verb, "/var/cache/" + rpmCache(pc.program()), "yum", "dnf") : none();
      case PIP ->
          a == Action.INSTALL && !pc.program().equals("uv")
              ? of(verb, "/root/.cache/pip", "pip")
              : none();
      case NPM -> node(pc, verb);
      case GO ->
          a == Action.INSTALL || a == Action.BUILD || a == Action.UPDATE
              ? of(verb, "/go/pkg/mod", "pkg/mod", "gomod")
              : none();
      case CARGO ->
          a == Action.INSTALL || a == Action.BUILD || a == Action.UPDATE
              ? of(verb, "/usr/local/cargo/registry", "cargo")
              : none();
      case GEM -> a == Action.INSTALL ? of(verb, "/root/.gem", "gem", "bundle") : none();
      case COMPOSER ->
          a == Action.INSTALL || a == Action.UPGRADE
              ? of(verb, "/root/.cache/composer", "composer", "/tmp/cache")
              : none();
      case ZYPPER -> none();
    };
  }

  private static Optional<DownloadCache> node(PackageCommand pc, String verb) {
    boolean installs =
        pc.installs()
            || (pc.program().equals("yarn") && pc.verb().isEmpty())
            || pc.verb().equals("fetch");
    if (!installs) {
      return none();
    }
    return switch (pc.program()) {
      case "yarn" -> of(verb, "/usr/local/share/.cache/yarn", "yarn");
      case "pnpm" -> of(verb, "/root/.local/share/pnpm/store", "pnpm");
      default -> of(verb, "/root/.npm", "npm");
    };
  }

  private static String rpmCache(String program) {
    return program.equals("yum") ? "yum" : program.equals("tdnf") ? "tdnf" : "dnf";
  }

  private static Optional<DownloadCache> of(String tool, String target, String... marks) {
    return Optional.of(
        new DownloadCache(tool, "--mount=type=cache,target=" + target, List.of(marks)));
  }

  private static Optional<DownloadCache> none() {
    return Optional.empty();
  }
}
