package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.BuildContext;
import dev.plimsoll.context.ContextWalk;
import dev.plimsoll.context.DockerIgnore;
import dev.plimsoll.report.Report;
import dev.plimsoll.report.TtyWriter;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.LintResult;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plimsoll context [DIR]}: what a build sends, and the context rules' findings. */
@Command(
    name = "context",
    mixinStandardHelpOptions = true,
    description = {
      "Build-context report: files and bytes sent, what .dockerignore excludes, the largest"
          + " entries, and what it should exclude; then the context rules' findings for the"
          + " Dockerfile (dockerignore-missing, dockerignore-incomplete, copy-source-missing,"
          + " copy-not-dockerignored)."
    })
final class ContextCommand implements Callable<Integer> {
  /** Besides the context domain, the Dockerfile rule that needs the context. */
  private static final Set<String> ALSO = Set.of("copy-not-dockerignored");

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The build context; default: .")
  String dir = ".";

  @Option(
      names = "--file",
      paramLabel = "DOCKERFILE",
      description = "The Dockerfile, as docker build -f takes it; default: DIR/Dockerfile.")
  String file;

  @Mixin TtyOrJson format;

  @Option(names = "--list", description = "Also list every file sent.")
  boolean list;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the largest entries to show; default 10.")
  int top;

  @Option(
      names = "--no-excluded-sizes",
      description =
          "Skip excluded folders without counting their files: faster; excludedFiles and"
              + " excludedBytes then leave them out (unmeasuredFolders counts them).")
  boolean noExcludedSizes;

  @Mixin RuleOptions rules;

  @Mixin OutputTarget target;

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean json = format.json("the context report");
    LintConfig config = rules.config().withShellcheck(false);
    Path context = Path.of(dir);
    if (!Files.isDirectory(context)) {
      throw new BadInputException(dir, "the build context is not a folder");
    }
    Path dockerfile = file != null ? Path.of(file) : context.resolve("Dockerfile");
    if (file != null && !Files.isRegularFile(dockerfile)) {
      throw new BadInputException(file, "no such Dockerfile");
    }
    BuildContext ctx = ContextWalk.walk(context, dockerfile, !noExcludedSizes, Math.max(0, top));
    List<Finding> findings = List.of();
    List<RuleMeta> ran = List.of();
    LintResult result = null;
    if (Files.isRegularFile(dockerfile)) {
      String name = dockerfile.normalize().toString();
      Lint.Input in = new Lint.Input(name, Inputs.readText(name)).withContext(ctx);
      Optional<Path> ignore = DockerIgnore.find(context, dockerfile);
      if (ignore.isPresent()) {
        DockerIgnore read = DockerIgnore.read(ignore.get(), ignore.get().normalize().toString());
        in = in.withDockerignore(ContextIgnores.adapt(read));
      }
      result = new Lint(config).texts(List.of(in));
      findings = result.findings().stream().filter(f -> concernsContext(f.rule())).toList();
      ran = result.rules().stream().filter(r -> concernsContext(r.name())).toList();
    }
    try (Writer out = target.open()) {
      if (json) {
        ContextJson.write(ctx, list, findings, out);
      } else {
        ContextTty.write(ctx, list, out);
        if (result != null) {
          new TtyWriter()
              .write(
                  new Report(
                      "plimsoll",
                      VersionProvider.version(),
                      findings,
                      ran,
                      result.files(),
                      result.sources()),
                  out,
                  false);
        }
      }
    }
    return config.effectiveFailOn().fails(findings) ? 1 : 0;
  }

  private static boolean concernsContext(String rule) {
    return ALSO.contains(rule)
        || RuleCatalog.find(rule).map(m -> m.domain() == Domain.CONTEXT).orElse(false);
  }

  /** For messages: "12 files" with thousands separated. */
  static String count(long n, String what) {
    return String.format(java.util.Locale.ROOT, "%,d %s", n, what);
  }
}
