package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Healthcheck;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The final image's HEALTHCHECK runs a tool its base image lacks ({@link KnownBaseImages#tools}):
 * {@code curl} on Alpine, {@code curl} or {@code wget} on Debian, Ubuntu and the slim images,
 * anything at all (a shell-form check needs {@code /bin/sh}) on distroless, Chainguard and scratch.
 * The check then fails forever and the container is reported unhealthy. A tool counts as present
 * when a stage of the image installs it, copies it in, or runs it in a RUN (which would fail the
 * build otherwise). Bases that are not known stay silent.
 */
final class HealthcheckToolMissing implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "healthcheck-tool-missing",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "HEALTHCHECK should only call tools the final image has");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    StageChain chain = StageChain.ofRun(ctx);
    Optional<Healthcheck> check = chain.last(Healthcheck.class);
    if (check.isEmpty() || check.get().command().isEmpty()) {
      return;
    }
    KnownBaseImages.Tools tools;
    String base;
    if (chain.scratch()) {
      tools = KnownBaseImages.Tools.NOTHING;
      base = "scratch";
    } else if (chain.base().isPresent()) {
      tools = KnownBaseImages.tools(chain.base().get());
      base = chain.base().get().written();
    } else {
      return;
    }
    if (tools == KnownBaseImages.Tools.UNKNOWN) {
      return;
    }
    boolean exec = check.get().command().get().exec();
    if (!exec && tools == KnownBaseImages.Tools.NOTHING && !provided(ctx, chain, "sh")) {
      ctx.report(
          check.get(),
          "HEALTHCHECK in shell form needs /bin/sh, which "
              + base
              + " does not have; use the exec form, HEALTHCHECK CMD [\"/app\", \"healthcheck\"],"
              + " with a check built into the application");
      return;
    }
    for (String tool : programs(check.get())) {
      if (missing(tools, tool) && !provided(ctx, chain, tool)) {
        ctx.report(
            check.get(),
            "HEALTHCHECK calls "
                + tool
                + ", which "
                + base
                + " does not have and no stage installs; "
                + advice(tools, tool));
        return;
      }
    }
  }

  private static boolean missing(KnownBaseImages.Tools tools, String tool) {
    return switch (tools) {
      // Any other program is most likely the application's own binary, copied in.
      case NOTHING -> Set.of("curl", "wget", "sh", "bash", "ash", "nc").contains(tool);
      case BUSYBOX -> tool.equals("curl") || tool.equals("bash");
      case NO_DOWNLOADER -> tool.equals("curl") || tool.equals("wget");
      case UNKNOWN -> false;
    };
  }

  private static String advice(KnownBaseImages.Tools tools, String tool) {
    return switch (tools) {
      case BUSYBOX ->
          tool.equals("curl")
              ? "use BusyBox's wget (wget -q --spider URL) or install curl in the final stage"
              : "use sh, or install " + tool + " in the final stage";
      case NOTHING -> "copy a static " + tool + " into the image or build the check into the app";
      default -> "install " + tool + " in the final stage or build the check into the app";
    };
  }

  /** The programs the check runs: the first exec element, or every command of the shell form. */
  private static List<String> programs(Healthcheck check) {
    var line = check.command().get();
    List<String> out = new ArrayList<>();
    if (line.exec()) {
      if (!line.args().isEmpty()) {
        String first = line.args().get(0);
        out.add(first.substring(first.lastIndexOf('/') + 1));
      }
      return out;
    }
    for (SimpleCommand c : ShellScript.parse(line.text()).commands()) {
      String program = c.unwrapped().program();
      if (!program.isEmpty()) {
        out.add(program);
      }
    }
    return out;
  }

  /** True when a stage of the image installs, copies in or runs {@code tool}. */
  private static boolean provided(RuleContext ctx, StageChain chain, String tool) {
    for (Run run : chain.runsMentioning(List.of(tool))) {
      ShellScript script = ctx.script(run);
      if (script.uses(tool)) {
        return true;
      }
      for (PackageCommand p : PackageCommand.in(script)) {
        if (p.installs() && p.packages().stream().map(PackageRef::name).anyMatch(tool::equals)) {
          return true;
        }
      }
    }
    for (Copy copy : chain.all(Copy.class)) {
      if (names(copy.sources(), copy.destination(), tool)) {
        return true;
      }
    }
    for (Add add : chain.all(Add.class)) {
      if (names(add.sources(), add.destination(), tool)) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(List<String> sources, String destination, String tool) {
    List<String> all = new ArrayList<>(sources);
    all.add(destination);
    for (String path : all) {
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      if (trimmed.substring(trimmed.lastIndexOf('/') + 1).equals(tool)) {
        return true;
      }
    }
    return false;
  }
}
