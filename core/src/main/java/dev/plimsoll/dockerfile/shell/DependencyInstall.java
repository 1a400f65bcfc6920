package dev.plimsoll.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command that installs a project's dependencies from its manifest ({@code npm ci}, {@code pip
 * install -r requirements.txt}, {@code go mod download}), or a build that resolves them on the way
 * ({@code mvn package}, {@code gradle build}, {@code cargo build}, {@code go build}). Installing a
 * named package ({@code npm install -g serve}, {@code pip install flask}) does not read a manifest
 * and is not one.
 *
 * @param ecosystem the language whose dependencies these are; one install answers for the others of
 *     its ecosystem ({@code pip install -r} then {@code pip install .})
 * @param text the command as the advice names it, e.g. {@code npm ci}
 * @param manifests the files to copy before running it
 * @param depsOnly the command that installs the dependencies alone, for the advice
 */
public record DependencyInstall(String ecosystem, String text, String manifests, String depsOnly) {
  /** Words one of whose presence a RUN's text needs to hold an install. */
  public static final List<String> PROGRAMS =
      List.of(
          "npm",
          "yarn",
          "pnpm",
          "pip",
          "poetry",
          "pipenv",
          "uv",
          "bundle",
          "go",
          "mvn",
          "gradle",
          "cargo",
          "composer");

  private static final Set<String> MAVEN_GOALS =
      Set.of("compile", "test", "package", "verify", "install", "deploy");

  public static Optional<DependencyInstall> recognise(SimpleCommand written) {
    SimpleCommand c = written.unwrapped();
    Optional<PackageCommand> pc = PackageCommand.recognise(c);
    if (pc.isPresent()) {
      return managed(pc.get());
    }
    List<Word> ops = c.argsWithoutFlags(Set.of("-f", "--file", "-s", "--settings", "-p"));
    String first = ops.isEmpty() ? "" : ops.get(0).literal().orElse("");
    return switch (c.program()) {
      case "bundle", "bundler" ->
          first.equals("install") || ops.isEmpty()
              ? of("ruby", "bundle install", "Gemfile and Gemfile.lock", "bundle install")
              : Optional.empty();
      case "poetry" ->
          first.equals("install")
              ? of(
                  "python",
                  "poetry install",
                  "pyproject.toml and poetry.lock",
                  "poetry install --no-root")
              : Optional.empty();
      case "pipenv" ->
          (first.equals("install") && ops.size() == 1) || first.equals("sync")
              ? of("python", "pipenv " + first, "Pipfile and Pipfile.lock", "pipenv " + first)
              : Optional.empty();
      case "uv" ->
          first.equals("sync")
              ? of(
                  "python", "uv sync", "pyproject.toml and uv.lock", "uv sync --no-install-project")
              : Optional.empty();
      case "mvn", "mvnw" ->
          ops.stream()
              .filter(w -> w.literal().filter(MAVEN_GOALS::contains).isPresent() || isPluginGoal(w))
              .findFirst()
              .flatMap(
                  goal ->
                      of(
                          "maven",
                          "mvn " + goal.unquoted(),
                          "pom.xml",
                          "mvn dependency:go-offline"));
      case "gradle", "gradlew" ->
          ops.isEmpty()
              ? Optional.empty()
              : of(
                  "gradle",
                  "gradle " + first,
                  "build.gradle(.kts) and settings.gradle(.kts)",
                  "gradle dependencies");
      default -> Optional.empty();
    };
  }

  /**
   * The files whose content decides what the install fetches, where a project keeps them: what to
   * copy before the install so that it stays cached while only the sources change.
   */
  public List<String> manifestFiles() {
    return switch (ecosystem) {
      case "node" ->
          List.of(
              "package.json",
              "package-lock.json",
              "npm-shrinkwrap.json",
              "yarn.lock",
              "pnpm-lock.yaml",
              ".yarnrc.yml");
      case "python" ->
          List.of(
              "requirements.txt",
              "pyproject.toml",
              "poetry.lock",
              "Pipfile",
              "Pipfile.lock",
              "uv.lock");
      case "ruby" -> List.of("Gemfile", "Gemfile.lock");
      case "go" -> List.of("go.mod", "go.sum");
      case "maven" -> List.of("pom.xml");
      case "gradle" ->
          List.of(
              "build.gradle",
              "build.gradle.kts",
              "settings.gradle",
              "settings.gradle.kts",
              "gradle.properties");
      case "rust" -> List.of("Cargo.toml", "Cargo.lock");
      case "php" -> List.of("composer.json", "composer.lock");
      default -> List.of();
    };
  }

  private static Optional<DependencyInstall> managed(PackageCommand pc) {
    String verb = pc.verb();
    boolean bare = pc.packages().isEmpty();
    return switch (pc.manager()) {
      case NPM -> node(pc, verb, bare);
      case PIP -> {
        boolean local =
            pc.options().operands().stream().anyMatch(DependencyInstall::isProject)
                || pc.flagValue("-e", "--editable").filter(v -> isProject(v)).isPresent();
        if (!pc.installs() || !(pc.hasFlag("-r", "--requirement") || local)) {
          yield Optional.empty();
        }
        String req = pc.flagValue("-r", "--requirement").orElse("requirements.txt");
        yield local && !pc.hasFlag("-r", "--requirement")
            ? of(
                "python",
                "pip install .",
                "requirements.txt (or pyproject.toml)",
                "pip install -r requirements.txt")
            : of("python", "pip install -r " + req, req, "pip install -r " + req);
      }
      case GO ->
          verb.equals("mod download")
                  || ((verb.equals("build") || verb.equals("install"))
                      && pc.packages().stream().noneMatch(p -> p.word().unquoted().contains("@")))
              ? of("go", "go " + verb, "go.mod and go.sum", "go mod download")
              : Optional.empty();
      case CARGO ->
          verb.equals("fetch") || verb.equals("build") || (verb.equals("install") && bare)
              ? of("rust", "cargo " + verb, "Cargo.toml and Cargo.lock", "cargo fetch")
              : Optional.empty();
      case COMPOSER ->
          (verb.equals("install") || verb.equals("update")) && bare
              ? of(
                  "php",
                  "composer " + verb,
                  "composer.json and composer.lock",
                  "composer install --no-scripts --no-autoloader")
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<DependencyInstall> node(PackageCommand pc, String verb, boolean bare) {
    String tool = pc.program();
    boolean install =
        switch (tool) {
          case "npm" -> verb.equals("ci") || ((verb.equals("install") || verb.equals("i")) && bare);
          case "yarn" ->
              verb.equals("install") || (verb.isEmpty() && pc.options().operands().isEmpty());
          case "pnpm" ->
              verb.equals("fetch") || ((verb.equals("install") || verb.equals("i")) && bare);
          default -> false;
        };
    if (!install || pc.hasFlag("-g", "--global")) {
      return Optional.empty();
    }
    String lock =
        switch (tool) {
          case "yarn" -> "yarn.lock";
          case "pnpm" -> "pnpm-lock.yaml";
          default -> "package-lock.json";
        };
    String text = verb.isEmpty() ? tool : tool + " " + verb;
    return of("node", text, "package.json and " + lock, text);
  }

  private static boolean isProject(Word w) {
    return isProject(w.unquoted());
  }

  /** {@code .}, {@code ./}, {@code .[dev]}: the project in the current folder. */
  private static boolean isProject(String path) {
    return path.matches("\\./?(\\[.*])?");
  }

  private static boolean isPluginGoal(Word w) {
    return w.literal().filter(g -> g.matches("[\\w.-]+:[\\w.-]+")).isPresent();
  }

  private static Optional<DependencyInstall> of(
      String ecosystem, String text, String manifests, String depsOnly) {
    return Optional.of(new DependencyInstall(ecosystem, text, manifests, depsOnly));
  }
}
