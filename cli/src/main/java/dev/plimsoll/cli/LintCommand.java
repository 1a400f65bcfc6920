package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.DockerfileFiles;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.report.Report;
import dev.plimsoll.rules.Fixer;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.LintResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plimsoll lint [PATH...]}. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lints Dockerfiles and Containerfiles.",
      "A folder is searched for Dockerfile, Containerfile, *.Dockerfile, Dockerfile.* and"
          + " *.dockerfile; no PATH means ./Dockerfile; - reads standard input."
    })
final class LintCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders, or -.")
  List<String> paths = new ArrayList<>();

  @Mixin ReportOptions report;

  @Mixin RuleOptions rules;

  @Option(
      names = "--no-shellcheck",
      description =
          "Do not run ShellCheck on RUN instructions (by default it runs when installed).")
  boolean noShellcheck;

  @Option(
      names = "--fix",
      description =
          "Rewrite, in place, what can be fixed mechanically (apt/apk/pip/yum/dnf/zypper flags and"
              + " clean-up, ADD to COPY, MAINTAINER, exec form, keyword casing); then report"
              + " what is left.")
  boolean fix;

  @Option(
      names = "--diff",
      description =
          "Print what --fix would change as a unified diff, and write nothing. Exit code 1 when"
              + " there is something to fix.")
  boolean diff;

  @Option(
      names = "--context",
      paramLabel = "DIR",
      description =
          "The build context: check COPY and ADD sources against its .dockerignore (or"
              + " <Dockerfile>.dockerignore beside a Dockerfile). Default: none.")
  String context;

  @Option(
      names = "--target",
      paramLabel = "STAGE",
      description =
          "The stage the build produces, as docker build --target: the rules about the image that"
              + " runs read it, and stages it does not need are not built. Default: the last.")
  String target;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException {
    report.writer(); // a wrong --format is a usage error before any work
    if (fix && diff) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--fix and --diff cannot be used together");
    }
    LintConfig config = rules.config();
    if (noShellcheck) {
      config = config.withShellcheck(false);
    }
    List<Lint.Input> inputs = new ArrayList<>();
    List<BadInputException> errors = new ArrayList<>();
    for (String arg : paths.isEmpty() ? List.of("Dockerfile") : paths) {
      collect(arg, config, inputs, errors);
    }
    if (context != null) {
      inputs = ContextIgnores.of(context).apply(inputs, errors);
    }
    if (target != null) {
      inputs = withTarget(target, inputs, errors);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (diff) {
      boolean changes = Fixes.diff(new Fixer(config), inputs, spec.commandLine().getOut());
      errors.forEach(e -> err.println("error: " + Errors.oneLine(e.getMessage())));
      err.flush();
      return !errors.isEmpty() ? Errors.BAD_INPUT : changes ? 1 : 0;
    }
    if (fix) {
      inputs = Fixes.write(new Fixer(config), inputs, errors, err);
    }
    LintResult result = new Lint(config).texts(inputs);
    report.write(
        new Report(
            "plimsoll",
            VersionProvider.version(),
            result.findings(),
            result.rules(),
            result.files(),
            result.sources()));
    for (String w : result.warnings()) {
      err.println("warning: " + Errors.oneLine(w));
    }
    for (BadInputException e : errors) {
      err.println("error: " + Errors.oneLine(e.getMessage()));
    }
    err.flush();
    return errors.isEmpty() ? result.exitCode(config) : Errors.BAD_INPUT;
  }

  /**
   * The inputs built to {@code target}; one that has no stage of that name is an error, as {@code
   * docker build --target} fails on it. One that does not parse is kept: its syntax error is the
   * finding.
   */
  private static List<Lint.Input> withTarget(
      String target, List<Lint.Input> inputs, List<BadInputException> errors) {
    List<Lint.Input> out = new ArrayList<>();
    for (Lint.Input in : inputs) {
      try {
        Dockerfile d = Dockerfile.of(DockerfileParser.parse(in.name(), in.text()));
        if (d.stagesNamed(target).isEmpty()) {
          errors.add(
              new BadInputException(
                  in.name(), "no stage named " + target + " to build (--target)"));
          continue;
        }
      } catch (DockerfileSyntaxException e) {
        // linted all the same, for the syntax-error finding
      }
      out.add(in.withTarget(Optional.of(target)));
    }
    return out;
  }

  /** Reads one argument's Dockerfiles, in order; what cannot be read becomes an error. */
  private static void collect(
      String arg, LintConfig config, List<Lint.Input> inputs, List<BadInputException> errors) {
    try {
      if (arg.equals("-")) {
        inputs.add(new Lint.Input(Inputs.displayName(arg), Inputs.readText(arg)));
        return;
      }
      Path path = Path.of(arg);
      if (!Files.isDirectory(path)) {
        inputs.add(new Lint.Input(arg, Inputs.readText(arg)));
        return;
      }
      List<Path> found = find(path, arg, config);
      for (Path f : found) {
        String name = f.normalize().toString();
        try {
          inputs.add(new Lint.Input(name, Inputs.readText(name)));
        } catch (BadInputException e) {
          errors.add(e);
        }
      }
    } catch (BadInputException e) {
      errors.add(e);
    }
  }

  /**
   * The Dockerfiles in folder {@code path}, minus the configuration's excludes; {@code check}
   * searches the same way.
   */
  static List<Path> find(Path path, String arg, LintConfig config) throws BadInputException {
    List<Path> found = findAny(path, arg, config);
    if (found.isEmpty()) {
      throw new BadInputException(arg, "no Dockerfile found in this folder");
    }
    return found;
  }

  /** As {@link #find}, empty when the folder holds no Dockerfile. */
  static List<Path> findAny(Path path, String arg, LintConfig config) throws BadInputException {
    List<Path> found;
    try {
      // Exclusions are written relative to the folder Plimsoll runs in, like the config file.
      Path cwd = Path.of("").toAbsolutePath();
      Predicate<Path> excluded = config.exclusions();
      found =
          DockerfileFiles.find(
              path,
              rel -> excluded.test(cwd.relativize(path.resolve(rel).toAbsolutePath().normalize())));
    } catch (IOException e) {
      throw new BadInputException(arg, "cannot search the folder: " + e.getMessage());
    }
    return found;
  }
}
