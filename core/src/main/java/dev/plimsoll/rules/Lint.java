package dev.plimsoll.rules;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import dev.plimsoll.dockerfile.syntax.SyntaxTree;
import dev.plimsoll.rules.context.ContextRules;
import dev.plimsoll.rules.dockerfile.DockerfileRule;
import dev.plimsoll.rules.dockerfile.DockerfileRules;
import dev.plimsoll.rules.dockerfile.IgnoreMatcher;
import dev.plimsoll.rules.dockerfile.shellcheck.ShellCheck;
import dev.plimsoll.rules.dockerfile.shellcheck.ShellCheckPass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lints Dockerfiles: the one entry point for the command line. A file that does not parse gets a
 * {@code syntax-error} finding; a file that cannot be read as text is returned as an error, and the
 * other files are linted all the same.
 *
 * <p>RUN instructions are also checked with ShellCheck when the configuration allows it: all the
 * RUNs of one call go to one ShellCheck process per shell dialect, after every file has been read.
 * A ShellCheck that is missing or fails is a warning in the result, not an error.
 *
 * <pre>{@code
 * LintConfig config = LintConfig.discover(Path.of(".")).withIgnored(cliIgnores);
 * LintResult result = new Lint(config).paths(List.of(Path.of("Dockerfile")));
 * int exit = result.exitCode(config.effectiveFailOn());
 * }</pre>
 */
public final class Lint {
  /**
   * One Dockerfile given as text, e.g. standard input, with the build context's {@code
   * .dockerignore} when the lint was given a context, and the stage built when it is not the last.
   */
  public record Input(
      String name,
      String text,
      Optional<IgnoreMatcher> dockerignore,
      Optional<BuildContext> context,
      Optional<String> target) {
    public Input(String name, String text) {
      this(name, text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Input(String name, String text, Optional<IgnoreMatcher> dockerignore) {
      this(name, text, dockerignore, Optional.empty(), Optional.empty());
    }

    /** The same input, checked against {@code dockerignore}. */
    public Input withDockerignore(IgnoreMatcher dockerignore) {
      return new Input(name, text, Optional.of(dockerignore), context, target);
    }

    /** The same input, with the build context its COPY and ADD read (the context rules). */
    public Input withContext(BuildContext context) {
      return new Input(name, text, dockerignore, Optional.of(context), target);
    }

    /** The same input, built to the stage named {@code target} ({@code --target}). */
    public Input withTarget(Optional<String> target) {
      return new Input(name, text, dockerignore, context, target);
    }
  }

  private final LintConfig config;
  private final DockerfileEngine engine;
  private final ShellCheck shellcheck;

  /** Lints with the {@code shellcheck} on the PATH. */
  public Lint(LintConfig config) {
    this(config, ShellCheck.onPath());
  }

  /** Lints with the given ShellCheck, e.g. {@code ShellCheck.at(Path.of("/opt/shellcheck"))}. */
  public Lint(LintConfig config, ShellCheck shellcheck) {
    this.config = config;
    this.engine = newEngine(config);
    this.shellcheck = shellcheck;
  }

  private static DockerfileEngine newEngine(LintConfig config) {
    List<DockerfileRule> rules = new ArrayList<>(DockerfileRules.all());
    rules.addAll(ContextRules.all());
    return new DockerfileEngine(rules, config);
  }

  /** Lints one text; {@code name} is the file name findings carry. */
  public LintResult text(String name, String text) {
    return texts(List.of(new Input(name, text)));
  }

  /** Lints texts in order. */
  public LintResult texts(List<Input> inputs) {
    Run run = new Run();
    for (Input in : inputs) {
      run.lint(in.name(), in.text(), in.dockerignore(), in.context(), in.target());
    }
    return run.result();
  }

  /** Reads and lints files in order; findings name each file as given. */
  public LintResult paths(List<Path> paths) {
    Run run = new Run();
    for (Path p : paths) {
      String name = p.toString();
      try {
        run.lint(
            name,
            DockerfileText.read(p, name),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
      } catch (BadInputException e) {
        run.errors.add(e);
      }
    }
    return run.result();
  }

  /** The state of one call; the façade itself stays immutable. */
  private final class Run {
    final List<Finding> findings = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    final Map<String, List<String>> sources = new LinkedHashMap<>();
    final List<BadInputException> errors = new ArrayList<>();
    final Optional<ShellCheckPass> pass =
        config.shellcheck() && !config.ignores(ShellCheckPass.META)
            ? Optional.of(new ShellCheckPass(shellcheck))
            : Optional.empty();
    final List<Suppressions> suppressions = new ArrayList<>();
    final List<LintConfig> configs = new ArrayList<>();

    /** One engine per distinct per-file configuration; most runs have one. */
    final Map<LintConfig, DockerfileEngine> engines = new LinkedHashMap<>();

    void lint(
        String name,
        String text,
        Optional<IgnoreMatcher> dockerignore,
        Optional<BuildContext> context,
        Optional<String> target) {
      if (!files.contains(name)) {
        files.add(name); // linted again for another target: one file all the same
      }
      LintConfig config = Lint.this.config.forFile(name);
      DockerfileEngine engine =
          engines.computeIfAbsent(
              config, c -> c.equals(Lint.this.config) ? Lint.this.engine : newEngine(c));
      Suppressions pragmas = Suppressions.NONE;
      try {
        SyntaxTree tree = DockerfileParser.parse(name, text);
        sources.put(name, tree.lines());
        pragmas = Suppressions.of(tree, !config.disablePragmas());
        Dockerfile dockerfile = Dockerfile.of(tree);
        findings.addAll(engine.lint(dockerfile, dockerignore, context, target));
        if (pass.isPresent()) {
          pass.get().add(suppressions.size(), dockerfile);
          suppressions.add(pragmas);
          configs.add(config);
        }
      } catch (DockerfileSyntaxException e) {
        sources.putIfAbsent(name, List.of(text.split("\r?\n|\r", -1)));
        syntaxError(config, name, e, pragmas);
      }
    }

    /** A file that parsed but did not type can still carry pragmas that ignore the failure. */
    private void syntaxError(
        LintConfig config, String name, DockerfileSyntaxException e, Suppressions suppressions) {
      RuleMeta meta = KnownRules.forFailure(e);
      int line = e.line().orElse(1);
      if (config.ignores(meta) || suppressions.suppresses(meta, line)) {
        return;
      }
      findings.add(
          new Finding(
              meta.name(),
              meta.aliases(),
              config.severityOverride(meta).orElse(meta.severity()),
              e.problem(),
              name,
              line,
              1,
              line));
    }

    LintResult result() {
      List<RuleMeta> rules = new ArrayList<>();
      rules.addAll(KnownRules.parserRules());
      Set<RuleMeta> enabled = new LinkedHashSet<>(engine.enabled());
      engines.values().forEach(e -> enabled.addAll(e.enabled()));
      rules.addAll(enabled);
      List<String> warnings = new ArrayList<>();
      if (pass.isPresent()) {
        ShellCheckPass.Result checked = pass.get().run();
        Map<String, RuleMeta> codes = new LinkedHashMap<>();
        findings.addAll(ShellCheckFindings.judge(checked.found(), configs, suppressions, codes));
        warnings.addAll(checked.warnings());
        rules.add(ShellCheckPass.META);
        codes.values().stream()
            .sorted(java.util.Comparator.comparing(RuleMeta::name))
            .forEach(rules::add);
      }
      return new LintResult(
          findings.stream().sorted(Finding.ORDER).distinct().toList(),
          files,
          sources,
          errors,
          rules,
          warnings);
    }
  }
}
