package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code apt-get update} leaves the package lists (tens of MB) in the layer unless the same RUN
 * deletes {@code /var/lib/apt/lists} (hadolint's DL3009). A {@code cache} or {@code tmpfs} mount on
 * the lists (or a folder above them) keeps them out too. As in hadolint, only RUNs whose layer
 * ships are reported: those of the last stage and of stages another stage is built {@code FROM}
 * (files copied out of a stage leave its lists behind); an {@code ONBUILD RUN} always is.
 */
final class AptDeleteLists implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "apt-delete-lists",
          List.of("DL3009"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "A RUN with apt-get update should delete /var/lib/apt/lists in the same layer");

  private static final String LISTS = "/var/lib/apt/lists";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("apt");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    boolean update =
        PackageCommand.in(script).stream()
            .anyMatch(
                c ->
                    c.manager() == PackageManager.APT
                        && c.action() == PackageCommand.Action.UPDATE);
    if (!update || PackageCaches.keptOut(run, script, LISTS) || !ships(at, ctx)) {
      return;
    }
    ctx.report(
        at,
        "Delete the apt-get lists after installing something: end the RUN with"
            + " && rm -rf /var/lib/apt/lists/*",
        ScriptEdits.append(ctx.dockerfile(), script, "rm -rf " + LISTS + "/*").stream().toList());
  }

  private static boolean ships(Instruction at, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    if (at instanceof Onbuild) {
      return true;
    }
    Optional<Stage> stage = file.stageOf(at);
    if (stage.isEmpty() || stage.get().equals(ctx.runStage())) {
      return true;
    }
    Stage own = stage.get();
    for (Stage s : file.stages().subList(own.index() + 1, file.stages().size())) {
      if (own.isNamed(s.from().image())) {
        return true;
      }
    }
    return false;
  }
}
