package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.BuildContext;
import dev.plimsoll.context.ContextWalk;
import dev.plimsoll.context.cache.CacheHistory;
import dev.plimsoll.context.cache.CachePrediction;
import dev.plimsoll.context.cache.CacheSimulation;
import dev.plimsoll.context.cache.ContextSnapshot;
import dev.plimsoll.context.cache.GitRevisions;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plimsoll cache DIR}: which build steps a change invalidates, and why, as BuildKit's cache
 * would decide; over a repository's history, how often each step reruns and what reordering saves.
 */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = {
      "Which build steps a change invalidates, and why: BuildKit's cache keys simulated without a"
          + " build. Say what changed with --changed (files), --changed-arg (build arguments),"
          + " --git A..B (two commits), or replay the last N commits with --history N."
    })
final class CacheCommand implements Callable<Integer> {
  /** The rules whose advice is about the cache. */
  static final Set<String> ADVICE =
      Set.of("copy-all-before-install", "use-cache-mount", "cleanup-in-separate-layer");

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The build context; default: .")
  String dir = ".";

  @Option(
      names = "--file",
      paramLabel = "DOCKERFILE",
      description = "The Dockerfile, as docker build -f takes it; default: DIR/Dockerfile.")
  String file;

  @Option(
      names = "--target",
      paramLabel = "STAGE",
      description = "The stage to build, as docker build --target; default: the last.")
  String target;

  @Option(
      names = "--build-arg",
      paramLabel = "NAME=VALUE",
      description = "A build argument of both builds (repeatable).")
  Map<String, String> buildArgs = new LinkedHashMap<>();

  static final class Change {
    @Option(
        names = "--changed",
        arity = "1..*",
        paramLabel = "PATH",
        description =
            "Files or folders whose content changed (a path that no longer exists was removed)."
                + " Relative to DIR, or to the current folder when not found in DIR.")
    List<String> changed = new ArrayList<>();

    @Option(
        names = "--changed-arg",
        paramLabel = "NAME[=VALUE]",
        description = "A build argument whose value changes (to VALUE) for the second build.")
    List<String> changedArgs = new ArrayList<>();

    @Option(
        names = "--git",
        paramLabel = "A..B",
        description = "Compare the builds of two commits (JGit; no git binary needed).")
    String git;

    @Option(
        names = "--history",
        paramLabel = "N",
        description =
            "Replay the last N commits before HEAD, each after its first parent: the share of"
                + " steps rebuilt, the instruction that caused most rebuilds, and what the suggested order saves.")
    Integer history;
  }

  @ArgGroup(exclusive = false, multiplicity = "0..1")
  Change change = new Change();

  @Mixin TtyOrJson format;

  @Option(
      names = "--no-color",
      description = "Plain output (the cache report has no colour; for the advice's findings).")
  boolean noColor;

  @Mixin RuleOptions rules;

  @Mixin OutputTarget target0;

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean json = format.json("the cache report");
    Path context = Path.of(dir);
    if (!Files.isDirectory(context)) {
      throw new BadInputException(dir, "the build context is not a folder");
    }
    Path dockerfile = file != null ? Path.of(file) : context.resolve("Dockerfile");
    String name = dockerfile.normalize().toString();
    Optional<String> stage = Optional.ofNullable(target);
    LintConfig config = rules.config().withShellcheck(false);
    boolean files = !change.changed.isEmpty() || !change.changedArgs.isEmpty();
    int modes = (files ? 1 : 0) + (change.git != null ? 1 : 0) + (change.history != null ? 1 : 0);
    if (modes != 1) {
      throw new BadInputException(
          "cache",
          modes == 0
              ? "say what changed: --changed PATH..., --changed-arg NAME=VALUE, --git A..B or"
                  + " --history N"
              : "--git and --history each stand alone: not with each other or --changed");
    }
    if (change.history != null) {
      return history(context, dockerfile, stage, config);
    }
    CacheSimulation.Build first;
    CacheSimulation.Build second;
    List<String> notes = new ArrayList<>();
    String what;
    if (change.git != null) {
      String[] range = change.git.split("\\.\\.", -1);
      if (range.length != 2 || range[0].isEmpty() || range[1].isEmpty()) {
        throw new BadInputException("--git", "give two revisions as A..B, not " + change.git);
      }
      try (GitRevisions git = GitRevisions.open(context, dockerfile)) {
        first = git.build(range[0], buildArgs);
        second = git.build(range[1], buildArgs);
      }
      what = "from " + range[0] + " to " + range[1];
    } else {
      if (!Files.isRegularFile(dockerfile)) {
        throw new BadInputException(name, "no such Dockerfile");
      }
      String text = Inputs.readText(name);
      BuildContext walked = ContextWalk.walk(context, dockerfile, false, 0);
      Map<String, String> sent = new TreeMap<>();
      for (String p : walked.included()) {
        sent.put(p, "");
      }
      first = new CacheSimulation.Build(text, ContextSnapshot.of(sent), buildArgs);
      List<String> paths = new ArrayList<>();
      for (String c : change.changed) {
        String rel = relativeTo(context, c);
        boolean onDisk = Files.exists(context.resolve(rel), LinkOption.NOFOLLOW_LINKS);
        if (onDisk && first.files().select(rel).isEmpty()) {
          notes.add(c + " is not sent to the builder (.dockerignore), so no step reads it");
        } else {
          paths.add(rel);
        }
      }
      CacheSimulation.Build[] pair = first.withChanged(paths);
      first = pair[0];
      Map<String, String> args = new LinkedHashMap<>(buildArgs);
      for (String a : change.changedArgs) {
        int eq = a.indexOf('=');
        String key = eq < 0 ? a : a.substring(0, eq);
        String old = args.get(key);
        args.put(key, eq < 0 ? (old == null ? "" : old) + "+changed" : a.substring(eq + 1));
      }
      second = new CacheSimulation.Build(text, pair[1].files(), args);
      List<String> said = new ArrayList<>(change.changed);
      said.addAll(change.changedArgs.stream().map(a -> "--build-arg " + a).toList());
      what = "after " + String.join(", ", said) + " changed";
    }
    CachePrediction p = CacheSimulation.predict(name, first, second, stage);
    LintResult advice = new Lint(config).texts(List.of(new Lint.Input(name, second.dockerfile())));
    List<Finding> findings =
        advice.findings().stream().filter(f -> ADVICE.contains(f.rule())).toList();
    try (Writer out = target0.open()) {
      if (json) {
        CacheJson.write(name, what, p, notes, findings, out);
      } else {
        CacheTty.write(name, what, p, notes, out);
        CacheTty.findings(advice, findings, out);
      }
    }
    return config.effectiveFailOn().fails(findings) ? 1 : 0;
  }

  private Integer history(Path context, Path dockerfile, Optional<String> stage, LintConfig config)
      throws BadInputException, IOException {
    if (change.history < 1) {
      throw new BadInputException("--history", "give a number of commits of at least 1");
    }
    // With --file, that Dockerfile and DIR; else every Dockerfile `check DIR` finds, with the
    // context check chooses for it (a compose build: context, else the likeliest folder).
    Map<Path, Path> targets = new LinkedHashMap<>();
    if (file != null) {
      targets.put(dockerfile, context);
    } else {
      List<BadInputException> errors = new ArrayList<>();
      for (ProjectDockerfiles p : ProjectDockerfiles.find(context, dir, config, errors)) {
        targets.put(p.file(), p.choice().context());
      }
      if (!errors.isEmpty()) {
        throw errors.get(0);
      }
      if (targets.isEmpty()) {
        throw new BadInputException(dir, "no Dockerfile found to replay");
      }
    }
    List<CacheHistory.Report> reports = new ArrayList<>();
    for (Map.Entry<Path, Path> t : targets.entrySet()) {
      try (GitRevisions git = GitRevisions.open(t.getValue(), t.getKey())) {
        reports.add(CacheHistory.replay(git, change.history, buildArgs, stage));
      }
    }
    try (Writer out = target0.open()) {
      if (format.json("the cache report")) {
        CacheJson.history(reports, out);
      } else {
        for (int i = 0; i < reports.size(); i++) {
          if (i > 0) {
            out.write("\n");
          }
          CacheTty.history(reports.get(i), out);
        }
      }
    }
    return 0;
  }

  /**
   * A changed path relative to the context: as given when it names something inside DIR from the
   * current folder, else taken as relative to DIR.
   */
  static String relativeTo(Path context, String given) {
    Path ctx = context.toAbsolutePath().normalize();
    Path fromDir = ctx.resolve(given).normalize();
    Path fromHere = Path.of(given).toAbsolutePath().normalize();
    Path chosen =
        Files.exists(fromDir, LinkOption.NOFOLLOW_LINKS) || !fromHere.startsWith(ctx)
            ? fromDir
            : fromHere;
    String rel = chosen.startsWith(ctx) ? ctx.relativize(chosen).toString() : given;
    return BuildContext.sourcePath(rel.replace('\\', '/'));
  }
}
