package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.interpolate.UnsetVariable;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.ModelReader;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a compose project as {@code docker compose config} does: the files chosen ({@code -f},
 * COMPOSE_FILE or the defaults), each read as YAML 1.2, interpolated and checked against the
 * Compose Specification's schema; {@code include} and {@code extends} applied; short syntaxes in
 * their long form with paths made absolute; the files merged in order; profiles applied; the result
 * checked against the schema again. Bad input is one {@link BadInputException} naming the file and
 * line.
 */
public final class Compose {
  private Compose() {}

  public static ComposeProject load(ComposeOptions o) throws BadInputException {
    Map<String, String> process = o.environment();
    Path dir = o.projectDirectory().map(o.workingDir()::resolve).orElse(o.workingDir()).normalize();
    List<Path> envFiles =
        o.envFiles().stream().map(f -> o.workingDir().resolve(f).normalize()).toList();
    // COMPOSE_FILE may come from the .env of the folder compose runs in.
    Map<String, String> early =
        o.files().isEmpty() ? ProjectEnvironment.of(process, envFiles, dir) : process;
    List<Path> files = ProjectFiles.choose(o, early);
    Path projectDir =
        o.projectDirectory().isPresent() ? dir : files.get(0).toAbsolutePath().getParent();
    Map<String, String> vars = ProjectEnvironment.of(process, envFiles, projectDir);
    Loading loading =
        new Loading(new FileLoader(vars, o.workingDir()), process, o.workingDir(), new HashSet<>());
    YMap tree = loading.tree(files, projectDir);
    tree =
        Profiles.apply(
            tree, Profiles.active(o.profiles(), vars.getOrDefault("COMPOSE_PROFILES", "")));
    SchemaCheck.validate(tree);
    String name =
        ProjectNames.choose(
            o.projectName(),
            Optional.ofNullable(vars.get("COMPOSE_PROJECT_NAME")),
            tree.text("name"),
            projectDir.getFileName() == null ? "" : projectDir.getFileName().toString());
    if (name.isEmpty()) {
      throw new BadInputException(
          loading.loader.display(files.get(0)),
          "no project name: set name:, COMPOSE_PROJECT_NAME or -p");
    }
    YMap printed = YMap.empty(tree.pos()).with("name", YScalar.string(name, tree.pos()));
    for (YMap.Entry e : tree.without("version").without("name").entries()) {
      printed = printed.with(e.key(), e.value());
    }
    List<String> names = files.stream().map(loading.loader::display).toList();
    List<UnsetVariable> unset = loading.loader.unset();
    return ModelReader.read(
        name, projectDir.toString(), names, printed, unset, loading.loader.bareNames());
  }

  private static String home(Map<String, String> env) {
    return env.getOrDefault("HOME", System.getProperty("user.home"));
  }

  /** One project's loading, which includes call back into for their own projects. */
  static final class Loading {
    final FileLoader loader;
    private final Map<String, String> process;
    private final Path workingDir;
    private final Set<Path> including;

    Loading(FileLoader loader, Map<String, String> process, Path workingDir, Set<Path> including) {
      this.loader = loader;
      this.process = process;
      this.workingDir = workingDir;
      this.including = including;
    }

    /** The files read, included, extended, normalized against {@code projectDir} and merged. */
    YMap tree(List<Path> files, Path projectDir) throws BadInputException {
      YMap merged = null;
      for (Path f : files) {
        YMap root = loader.load(f);
        root = Includes.apply(root, f, this);
        root = new Extends(loader, home(process)).apply(root, f, projectDir);
        merged = merged == null ? root : Merger.merge(merged, root);
      }
      return (YMap) Merger.strip(merged);
    }

    /** An included project, loaded with its own folder and variables. */
    YMap include(List<Path> paths, Optional<Path> projectDir, List<Path> envFiles, YNode at)
        throws BadInputException {
      Path first = paths.get(0).toAbsolutePath().normalize();
      if (!including.add(first)) {
        throw new BadInputException(
            at.pos().file(), at.pos().line(), "include cycle: " + loader.display(first));
      }
      Path dir = projectDir.orElse(first.getParent());
      Map<String, String> vars = ProjectEnvironment.of(process, envFiles, dir);
      FileLoader sub = new FileLoader(vars, workingDir);
      YMap tree = new Loading(sub, process, workingDir, including).tree(paths, dir);
      loader.adopt(sub);
      including.remove(first);
      return tree;
    }
  }
}
