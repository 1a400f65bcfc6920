package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.Compose;
import dev.plimsoll.compose.ComposeOptions;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.yaml.YamlWriter;
import dev.plimsoll.report.Report;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.LintResult;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.compose.ComposeFinding;
import dev.plimsoll.rules.compose.ComposeLint;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plimsoll compose [FILE...]}: the project as docker compose config loads it, audited. */
@Command(
    name = "compose",
    mixinStandardHelpOptions = true,
    description = {
      "Loads compose files as docker compose config does (YAML 1.2, interpolation with .env and"
          + " --env-file, merging of several files, extends, include, profiles, validation against"
          + " the Compose Specification) and audits them for production. Each service's"
          + " Dockerfile is linted too, with the context, .dockerignore and target its build:"
          + " declares, and with the project: healthchecks, ports and memory limits against the"
          + " Dockerfile's HEALTHCHECK, EXPOSE, CMD and ENV.",
      "No FILE and no --file: COMPOSE_FILE, else compose.yaml, compose.yml, docker-compose.yaml"
          + " or docker-compose.yml (and its override file) here or in a parent folder. -f is"
          + " --format, as in every plimsoll command; compose files are FILE arguments or --file."
    })
final class ComposeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Compose files, merged in order.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "A compose file (repeatable), as docker compose -f takes it.")
  List<Path> moreFiles = new ArrayList<>();

  @Option(
      names = "--env-file",
      paramLabel = "FILE",
      description = "Variables for interpolation (repeatable); default: the project's .env.")
  List<Path> envFiles = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Enable a profile (repeatable); COMPOSE_PROFILES adds to them.")
  List<String> profiles = new ArrayList<>();

  @Option(
      names = "--project-directory",
      paramLabel = "DIR",
      description = "The folder relative paths are resolved from; default: the first file's.")
  Path projectDirectory;

  @Option(
      names = {"-p", "--project-name"},
      paramLabel = "NAME",
      description = "The project name; default: name:, COMPOSE_PROJECT_NAME or the folder's.")
  String projectName;

  @Option(
      names = "--print-config",
      description =
          "Print the merged, interpolated project as YAML, as docker compose config does, and"
              + " nothing else.")
  boolean printConfig;

  @Mixin ReportOptions report;

  @Mixin RuleOptions rules;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean json = report.format.equals("json");
    if (!json && !report.format.equals("tty")) {
      report.writer(); // an unknown format is a usage error before any work
    }
    LintConfig config = rules.config();
    List<Path> all = new ArrayList<>(files);
    all.addAll(moreFiles);
    ComposeOptions options =
        new ComposeOptions(
            all,
            envFiles,
            profiles,
            Optional.ofNullable(projectDirectory),
            Optional.ofNullable(projectName),
            System.getenv(),
            Path.of("").toAbsolutePath());
    ComposeProject project = Compose.load(options);
    if (printConfig) {
      try (Writer out = report.target.open()) {
        // As docker compose config: a $ left after interpolation is written $$, so the output
        // loads again to the same project.
        out.write(YamlWriter.write(project.raw(), v -> v.replace("$", "$$")));
      }
      return 0;
    }
    ComposeLint lint = new ComposeLint(config);
    List<ComposeFinding> audited = lint.check(project);
    List<ComposeFinding> found = new ArrayList<>(audited);
    // Each service's Dockerfile, with its own context and target, in the same report.
    ComposeBuildLint builds = new ComposeBuildLint();
    List<BadInputException> errors = new ArrayList<>();
    builds.add(project, Map.of(), errors);
    LintResult built = new Lint(config).texts(builds.inputs);
    found.addAll(builds.about(built.findings()));
    found.sort(Comparator.comparing(ComposeFinding::finding, Finding.ORDER));
    List<Finding> findings = found.stream().map(ComposeFinding::finding).toList();
    List<RuleMeta> ruleList = new ArrayList<>(lint.rules());
    built.rules().stream().filter(r -> !ruleList.contains(r)).forEach(ruleList::add);
    List<String> fileList = new ArrayList<>(project.files());
    fileList.addAll(built.files());
    if (json) {
      try (Writer out = report.target.open()) {
        ComposeJson.write(project, found, out);
      }
    } else {
      Report r =
          new Report(
              "plimsoll", VersionProvider.version(), findings, ruleList, fileList, built.sources());
      if (report.format.equals("tty")) {
        try (Writer out = report.target.open()) {
          out.write(
              "project "
                  + project.name()
                  + " ("
                  + String.join(", ", project.files())
                  + "): "
                  + project.services().size()
                  + " services: "
                  + String.join(", ", project.services().stream().map(s -> s.name()).toList())
                  + "\n");
          for (ContextChoice c : builds.choices) {
            out.write(c.line() + "\n");
          }
          report.writer().write(r, out, report.color());
        }
      } else {
        report.write(r);
      }
    }
    List<String> warnings = new ArrayList<>(builds.warnings);
    warnings.addAll(built.warnings());
    List<Finding> composeFindings = audited.stream().map(ComposeFinding::finding).toList();
    // Dockerfiles by their own thresholds (a config's overrides), compose files by the run's.
    int exit =
        Math.max(built.exitCode(config), config.effectiveFailOn().fails(composeFindings) ? 1 : 0);
    return Errors.finish(spec.commandLine().getErr(), warnings, errors, exit);
  }
}
