package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.Variables;
import dev.plimsoll.dockerfile.shell.Assignment;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A full {@code npm ci}/{@code npm install} (or yarn's, or pnpm's) that puts devDependencies into
 * the image, and npm's deprecated {@code --production}/{@code --only=prod} in place of {@code
 * --omit=dev}. Only stages that end up in the image are checked for devDependencies, and not one
 * that goes on to build, test or prune (it needs them, or drops them itself). {@code
 * NODE_ENV=production} (ENV, ARG or a prefix) makes all three managers leave them out, as do {@code
 * NPM_CONFIG_OMIT=dev} and {@code NPM_CONFIG_PRODUCTION=true}. yarn 1's {@code --production} is its
 * right flag, not a deprecated one.
 */
final class NpmOmitDev implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "npm-omit-dev",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "The image should get production dependencies only: npm ci --omit=dev, not a full"
              + " install or the deprecated --production");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("npm", "yarn", "pnpm");
  }

  /** The deprecated flags, in any stage and in ONBUILD triggers. */
  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    for (PackageCommand pc : fullInstalls(script)) {
      if (pc.program().equals("npm") && deprecated(pc)) {
        ctx.report(
            at,
            "`"
                + written(pc)
                + "` uses the deprecated "
                + pc.options().flag("--production", "--only").get().word().raw()
                + ": write `"
                + written(pc)
                + " --omit=dev`");
      }
    }
  }

  /**
   * devDependencies, in the stages that end up in the image. Each stage is walked once from its
   * last RUN back, so a file of many installs stays linear.
   */
  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Optional<Stage> stage = Optional.of(ctx.runStage());
    // A build in a stage built FROM this one uses this one's devDependencies too.
    boolean usedLater = false;
    while (stage.isPresent()) {
      List<Run> runs = stage.get().all(Run.class);
      for (int i = runs.size() - 1; i >= 0; i--) {
        Run run = runs.get(i);
        ShellScript script = ctx.script(run);
        for (PackageCommand pc : fullInstalls(script)) {
          if (!usedLater
              && !(pc.program().equals("npm") && deprecated(pc))
              && !omitsDev(pc, file.variablesAt(run))
              && !usesDev(script, pc.command().offset())) {
            ctx.report(
                run,
                "`"
                    + written(pc)
                    + "` installs devDependencies into the image: "
                    + fix(pc.program())
                    + " (or ENV NODE_ENV=production), or install them in a build stage");
          }
        }
        usedLater |= usesDev(script, -1);
      }
      Stage current = stage.get();
      stage = file.stage(current.from().image(), current.index());
    }
  }

  private static List<PackageCommand> fullInstalls(ShellScript script) {
    return PackageCommand.in(script).stream()
        .filter(pc -> pc.manager() == PackageManager.NPM && installsAll(pc))
        .toList();
  }

  private static String written(PackageCommand pc) {
    return pc.program() + (pc.verb().isEmpty() ? "" : " " + pc.verb());
  }

  /** Installs everything package.json names, not some packages given by name. */
  private static boolean installsAll(PackageCommand pc) {
    boolean bareYarn = pc.program().equals("yarn") && pc.verb().isEmpty();
    boolean verb = pc.verb().equals("install") || pc.verb().equals("i") || pc.verb().equals("ci");
    return (bareYarn || verb)
        && pc.options().operands().size() <= 1
        && !pc.hasFlag("-g", "--global");
  }

  private static boolean deprecated(PackageCommand pc) {
    return pc.options().flags().stream()
        .anyMatch(
            f ->
                (f.name().equals("--production") && f.value().orElse("true").equals("true"))
                    || (f.name().equals("--only") && f.value().orElse("").startsWith("prod")));
  }

  private static boolean omitsDev(PackageCommand pc, Variables scope) {
    boolean flag =
        switch (pc.program()) {
          case "yarn" -> pc.hasFlag("--production", "--prod");
          case "pnpm" -> pc.hasFlag("--prod", "-P", "--production");
          default ->
              pc.options().flags().stream()
                  .anyMatch(f -> f.name().equals("--omit") && f.value().orElse("").equals("dev"));
        };
    // --include=dev asks for them on purpose, even under NODE_ENV=production.
    return flag || pc.hasFlag("--include") || productionEnv(pc.command(), scope);
  }

  private static boolean productionEnv(SimpleCommand command, Variables scope) {
    for (Assignment a : command.assignments()) {
      if (production(a.name(), Optional.of(a.value()))) {
        return true;
      }
    }
    for (String name : scope.declared()) {
      // Declared without a value: a --build-arg decides, so say nothing.
      if (production(name, scope.get(name).or(() -> Optional.of("production")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean production(String name, Optional<String> value) {
    String v = value.orElse("").toLowerCase(Locale.ROOT);
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "NODE_ENV" -> v.equals("production") || v.contains("$");
      case "NPM_CONFIG_OMIT" -> v.contains("dev");
      case "NPM_CONFIG_PRODUCTION", "YARN_PRODUCTION" -> v.equals("true");
      default -> false;
    };
  }

  /** A build, a test or a prune after {@code after}: they need devDependencies. */
  private static boolean usesDev(ShellScript script, int after) {
    for (SimpleCommand written : script.commands()) {
      SimpleCommand c = written.unwrapped();
      if (c.offset() <= after) {
        continue;
      }
      if (c.is("npx", "tsc", "webpack", "vite", "ng", "next", "nest", "jest", "gulp", "grunt")) {
        return true;
      }
      Optional<PackageCommand> pc = PackageCommand.recognise(c);
      if (pc.isPresent() && pc.get().manager() == PackageManager.NPM) {
        String verb = pc.get().verb();
        if (pc.get().action() == PackageCommand.Action.BUILD
            || verb.startsWith("run")
            || verb.equals("prune")
            || verb.equals("test")
            || verb.equals("exec")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String fix(String program) {
    return switch (program) {
      case "yarn" ->
          "add --production (yarn 1; `yarn workspaces focus --all --production` on yarn 2+)";
      case "pnpm" -> "add --prod";
      default -> "add --omit=dev";
    };
  }
}
