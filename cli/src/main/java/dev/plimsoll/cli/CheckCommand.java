package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.report.Report;
import dev.plimsoll.report.ReportWriter;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.LintResult;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.compose.ComposeFinding;
import dev.plimsoll.rules.compose.ComposeLint;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plimsoll check [DIR]}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "The whole project at once: finds its Dockerfiles and compose files, lints each"
          + " Dockerfile with its build context (as lint --context does) and audits the compose"
          + " files, in one report.",
      "The context is the one a compose file's build: declares (with its target), else the"
          + " Dockerfile's folder or an ancestor up to DIR where the most COPY/ADD sources exist.",
      "Compose files are audited as plimsoll compose audits them: in each folder with a"
          + " compose.yaml (or docker-compose.yml, ...), the project docker compose would load"
          + " there, with its override file and .env; other compose files alone. A Dockerfile that"
          + " compose builds is linted once per context and target it is built with."
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The project; default: .")
  String dir = ".";

  @Mixin ReportOptions report;

  @Mixin RuleOptions rules;

  @Option(
      names = "--no-shellcheck",
      description =
          "Do not run ShellCheck on RUN instructions (by default it runs when installed).")
  boolean noShellcheck;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException {
    ReportWriter writer = report.writer();
    LintConfig config = rules.config();
    if (noShellcheck) {
      config = config.withShellcheck(false);
    }
    Path root = Path.of(dir);
    if (!Files.isDirectory(root)) {
      throw new BadInputException(dir, "not a folder");
    }
    List<BadInputException> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<ContextChoice> choices = new ArrayList<>();
    List<Lint.Input> inputs = new ArrayList<>();
    Map<Path, ContextIgnores> contexts = new HashMap<>();
    List<Path> composeFiles;
    try {
      composeFiles = ComposeContexts.find(root);
    } catch (IOException e) {
      throw new BadInputException(dir, "cannot search the folder: " + e.getMessage());
    }
    // A project of compose files and pulled images alone has no Dockerfile, and is checked.
    List<ProjectDockerfiles> dockerfiles =
        ProjectDockerfiles.find(
            root,
            dir,
            config,
            errors,
            composeFiles.isEmpty()
                ? LintCommand.find(root, dir, config)
                : LintCommand.findAny(root, dir, config));
    List<ComposeProject> projects = ComposeProjects.load(composeFiles, errors, warnings);
    // The compose rules, and each service's Dockerfile with its own context and target.
    Map<Path, String> names = new HashMap<>();
    dockerfiles.forEach(p -> names.put(p.file().toAbsolutePath().normalize(), p.name()));
    ComposeBuildLint builds = new ComposeBuildLint();
    List<ComposeFinding> composeFindings = new ArrayList<>();
    List<String> composeNames = new ArrayList<>();
    ComposeLint composeLint = new ComposeLint(config);
    for (ComposeProject project : projects) {
      builds.add(project, names, errors);
      composeFindings.addAll(composeLint.check(project));
      composeNames.addAll(project.files());
    }
    for (ProjectDockerfiles p : dockerfiles) {
      if (builds.builds(p.file().toAbsolutePath().normalize())) {
        continue; // linted as its compose build: with that context and target
      }
      String name = p.name();
      String text = p.text();
      ContextChoice choice = p.choice();
      choices.add(choice);
      ContextIgnores ignores = contexts.get(choice.context());
      if (ignores == null) {
        ignores = ContextIgnores.of(choice.context().toString());
        contexts.put(choice.context(), ignores);
      }
      inputs.addAll(ignores.apply(List.of(new Lint.Input(name, text)), errors));
    }
    inputs.addAll(builds.inputs);
    choices.addAll(builds.choices);
    LintResult result = new Lint(config).texts(inputs);
    // Each finding with the service it is about: compose's own, and those in a Dockerfile that
    // one service builds.
    List<ComposeFinding> found = new ArrayList<>(builds.about(result.findings()));
    found.addAll(composeFindings);
    found.sort(Comparator.comparing(ComposeFinding::finding, Finding.ORDER));
    List<Finding> findings = found.stream().map(ComposeFinding::finding).toList();
    List<RuleMeta> rules = new ArrayList<>(result.rules());
    if (!projects.isEmpty()) {
      composeLint.rules().forEach(rules::add);
    }
    List<String> files = new ArrayList<>(composeNames);
    files.addAll(result.files());
    Report r =
        new Report("plimsoll", VersionProvider.version(), findings, rules, files, result.sources());
    try (Writer out = report.target.open()) {
      if (writer.format().equals("json")) {
        writeJson(r, found, choices, out);
      } else {
        if (writer.format().equals("tty")) {
          for (ContextChoice c : choices) {
            out.write(c.line() + "\n");
          }
        }
        writer.write(r, out, report.color());
      }
    }
    warnings.addAll(builds.warnings);
    warnings.addAll(result.warnings());
    // Dockerfiles by their own thresholds (a config's overrides), compose files by the run's.
    List<Finding> audited = composeFindings.stream().map(ComposeFinding::finding).toList();
    int exit = Math.max(result.exitCode(config), config.effectiveFailOn().fails(audited) ? 1 : 0);
    return Errors.finish(spec.commandLine().getErr(), warnings, errors, exit);
  }

  /**
   * Lint's JSON shape, each finding with {@code service} as compose's JSON has it, plus {@code
   * contexts}: which context each Dockerfile was linted with.
   */
  private static void writeJson(
      Report r, List<ComposeFinding> findings, List<ContextChoice> choices, Writer out)
      throws IOException {
    JsonGenerator json = JsonLayout.open(out);
    json.writeStartObject();
    json.writeStringField("tool", r.tool());
    json.writeStringField("version", r.version());
    ComposeJson.writeFindings(json, findings);
    json.writeArrayFieldStart("contexts");
    for (ContextChoice c : choices) {
      json.writeStartObject();
      json.writeStringField("dockerfile", c.dockerfile());
      json.writeStringField("context", c.context().toString());
      json.writeStringField("reason", c.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonLayout.close(json, out);
  }
}
