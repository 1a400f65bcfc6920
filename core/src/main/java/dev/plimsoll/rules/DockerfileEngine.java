package dev.plimsoll.rules;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.Expose;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Healthcheck;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.dockerfile.instruction.Maintainer;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.Stopsignal;
import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.dockerfile.instruction.Volume;
import dev.plimsoll.dockerfile.instruction.Workdir;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.dockerfile.DockerfileRule;
import dev.plimsoll.rules.dockerfile.IgnoreMatcher;
import dev.plimsoll.rules.dockerfile.RuleContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs Dockerfile rules over one file and decides, once for every rule, which findings stand: rules
 * turned off are not run; pragmas and {@code # check=skip} drop findings; severities follow the
 * configuration, then {@code # check=error=true}, then the rule's default.
 */
final class DockerfileEngine {
  private final List<DockerfileRule> rules;
  private final LintConfig config;

  DockerfileEngine(List<DockerfileRule> rules, LintConfig config) {
    this.rules = List.copyOf(rules);
    this.config = config;
  }

  /** The rules that run under this configuration, whatever the file says. */
  List<RuleMeta> enabled() {
    return rules.stream().map(DockerfileRule::meta).filter(m -> !config.ignores(m)).toList();
  }

  /** The findings of every enabled rule, sorted by {@link Finding#ORDER}, without duplicates. */
  List<Finding> lint(Dockerfile file) {
    return check(file, Optional.empty(), Optional.empty()).findings();
  }

  /** As {@link #lint(Dockerfile)}, with the build context's {@code .dockerignore}. */
  List<Finding> lint(Dockerfile file, Optional<IgnoreMatcher> dockerignore) {
    return check(file, dockerignore, Optional.empty()).findings();
  }

  /** As {@link #lint(Dockerfile)}, with the build context and its {@code .dockerignore}. */
  List<Finding> lint(
      Dockerfile file, Optional<IgnoreMatcher> dockerignore, Optional<BuildContext> context) {
    return check(file, dockerignore, context).findings();
  }

  /** As above, for a build of the stage named {@code target} (compose's {@code build.target}). */
  List<Finding> lint(
      Dockerfile file,
      Optional<IgnoreMatcher> dockerignore,
      Optional<BuildContext> context,
      Optional<String> target) {
    return check(file, dockerignore, context, target).findings();
  }

  /**
   * What {@link #lint} finds, and the fixes offered with the findings that stand (not those that a
   * pragma or the configuration drops), in the order the rules run.
   */
  record Checked(List<Finding> findings, List<Offered> fixes) {}

  /** The edits that fix one finding of {@code rule}. */
  record Offered(String rule, List<Edit> edits) {}

  Checked check(Dockerfile file) {
    return check(file, Optional.empty(), Optional.empty());
  }

  Checked check(
      Dockerfile file, Optional<IgnoreMatcher> dockerignore, Optional<BuildContext> context) {
    return check(file, dockerignore, context, Optional.empty());
  }

  private Checked check(
      Dockerfile file,
      Optional<IgnoreMatcher> dockerignore,
      Optional<BuildContext> context,
      Optional<String> target) {
    // A target the file lacks fails the build; until then, rules read the last stage.
    Stage runStage =
        target
            .map(file::stagesNamed)
            .filter(named -> !named.isEmpty())
            .map(named -> named.get(0))
            .orElse(file.finalStage());
    Set<Integer> needed =
        target.isPresent()
            ? file.stagesNeededBy(runStage)
            : file.stages().stream().map(Stage::index).collect(Collectors.toSet());
    Suppressions suppressions = Suppressions.of(file.syntax(), !config.disablePragmas());
    List<Finding> out = new ArrayList<>();
    List<Offered> fixes = new ArrayList<>();
    // Every rule reads the same scripts: parse each RUN once per file, not once per rule.
    IdentityHashMap<Run, ShellScript> scripts = new IdentityHashMap<>();
    for (DockerfileRule rule : rules) {
      RuleMeta meta = rule.meta();
      if (config.ignores(meta) || suppressions.skipsRule(meta)) {
        continue;
      }
      Severity severity =
          config
              .severityOverride(meta)
              .or(() -> suppressions.checkSeverity(meta))
              .orElse(meta.severity());
      RuleContext ctx =
          new RuleContext() {
            @Override
            public Dockerfile dockerfile() {
              return file;
            }

            @Override
            public LintConfig config() {
              return config;
            }

            @Override
            public Optional<IgnoreMatcher> dockerignore() {
              return dockerignore;
            }

            @Override
            public Optional<BuildContext> buildContext() {
              return context;
            }

            @Override
            public Stage runStage() {
              return runStage;
            }

            @Override
            public boolean builds(Stage stage) {
              return needed.contains(stage.index());
            }

            @Override
            public ShellScript script(Run run) {
              return scripts.computeIfAbsent(run, r -> ShellScript.of(r, file));
            }

            @Override
            public void report(Instruction at, String message, List<Edit> fix) {
              report(at, message);
              if (!fix.isEmpty() && !suppressions.suppresses(meta, at.line())) {
                fixes.add(new Offered(meta.name(), List.copyOf(fix)));
              }
            }

            @Override
            public void report(Instruction at, String message) {
              if (!suppressions.suppresses(meta, at.line())) {
                out.add(
                    new Finding(
                        meta.name(),
                        meta.aliases(),
                        severity,
                        message,
                        file.file(),
                        at.line(),
                        1,
                        at.endLine()));
              }
            }
          };
      for (Instruction ins : file.instructions()) {
        rule.visit(ins, ctx);
        dispatch(rule, ins, ctx);
      }
      rule.visitFile(file, ctx);
    }
    return new Checked(out.stream().sorted(Finding.ORDER).distinct().toList(), fixes);
  }

  /** The typed hook of the instruction's kind; Java 17 has no pattern switch, so a chain. */
  private static void dispatch(DockerfileRule rule, Instruction ins, RuleContext ctx) {
    if (ins instanceof From i) {
      rule.visitFrom(i, ctx);
    } else if (ins instanceof Run i) {
      rule.visitRun(i, ctx);
    } else if (ins instanceof Cmd i) {
      rule.visitCmd(i, ctx);
    } else if (ins instanceof Entrypoint i) {
      rule.visitEntrypoint(i, ctx);
    } else if (ins instanceof Shell i) {
      rule.visitShell(i, ctx);
    } else if (ins instanceof Healthcheck i) {
      rule.visitHealthcheck(i, ctx);
    } else if (ins instanceof Label i) {
      rule.visitLabel(i, ctx);
    } else if (ins instanceof Env i) {
      rule.visitEnv(i, ctx);
    } else if (ins instanceof Arg i) {
      rule.visitArg(i, ctx);
    } else if (ins instanceof Maintainer i) {
      rule.visitMaintainer(i, ctx);
    } else if (ins instanceof Expose i) {
      rule.visitExpose(i, ctx);
    } else if (ins instanceof Copy i) {
      rule.visitCopy(i, ctx);
    } else if (ins instanceof Add i) {
      rule.visitAdd(i, ctx);
    } else if (ins instanceof Volume i) {
      rule.visitVolume(i, ctx);
    } else if (ins instanceof User i) {
      rule.visitUser(i, ctx);
    } else if (ins instanceof Workdir i) {
      rule.visitWorkdir(i, ctx);
    } else if (ins instanceof Stopsignal i) {
      rule.visitStopsignal(i, ctx);
    } else if (ins instanceof Onbuild i) {
      rule.visitOnbuild(i, ctx);
    } else {
      throw new AssertionError("instruction kind without a hook: " + ins.keyword());
    }
  }
}
