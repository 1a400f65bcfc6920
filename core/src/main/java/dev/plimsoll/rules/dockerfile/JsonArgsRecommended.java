package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.Edit;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CMD and ENTRYPOINT in shell form run under {@code /bin/sh -c}, which does not pass signals on
 * (hadolint's DL3025, BuildKit's JSONArgsRecommended). As in BuildKit's dispatcher, a stage whose
 * image has a SHELL set (in the stage, or in an earlier stage it builds on) is exempt: the shell
 * form is then a deliberate choice. ONBUILD triggers are not checked; they run in another build.
 */
final class JsonArgsRecommended implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "json-args-recommended",
          List.of("DL3025", "JSONArgsRecommended"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "CMD and ENTRYPOINT should use the JSON (exec) form so the program receives signals");

  /**
   * Words that mean the same to {@code sh -c} and to exec: no quote, expansion, glob or operator.
   */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+,=-]+");

  /** Shell builtins and keywords: exec form would look for a program of that name. */
  private static final Set<String> BUILTINS =
      Set.of(
          "exec",
          "cd",
          "export",
          "set",
          "source",
          ".",
          "eval",
          "ulimit",
          "umask",
          "trap",
          "if",
          "for",
          "while",
          "until",
          "case",
          "unset",
          "readonly",
          "wait",
          "shift",
          "alias",
          "command");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCmd(Cmd cmd, RuleContext ctx) {
    check(cmd, cmd.command(), ctx);
  }

  @Override
  public void visitEntrypoint(Entrypoint entrypoint, RuleContext ctx) {
    check(entrypoint, entrypoint.command(), ctx);
  }

  private static void check(Instruction ins, CommandLine command, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    if (command.exec() || shellSet(file, file.stageOf(ins), ins)) {
      return;
    }
    ctx.report(
        ins,
        "JSON arguments recommended for "
            + ins.keyword()
            + " to prevent unintended behavior related to OS signals: write it as "
            + ins.keyword()
            + " [\"executable\", \"arg\"]",
        fix(ins, command, file));
  }

  /**
   * The exec form, when it runs the same program with the same arguments: plain words only, the
   * first a program; an ENTRYPOINT only in a stage without CMD (exec form would append the CMD), a
   * CMD only in a stage without ENTRYPOINT (it would become that ENTRYPOINT's arguments).
   */
  private static List<Edit> fix(Instruction ins, CommandLine command, Dockerfile file) {
    if (command.args().size() != 1 || !command.heredocs().isEmpty()) {
      return List.of();
    }
    String written = command.args().get(0);
    List<String> words = List.of(written.trim().split("[ \t]+", -1));
    boolean plain = words.stream().allMatch(w -> PLAIN.matcher(w).matches());
    String program = words.get(0);
    if (!plain || program.contains("=") || BUILTINS.contains(program)) {
      return List.of();
    }
    Class<? extends Instruction> other = ins instanceof Cmd ? Entrypoint.class : Cmd.class;
    List<Instruction> stage = file.stageOf(ins).map(Stage::instructions).orElse(List.of());
    if (stage.stream().anyMatch(other::isInstance)) {
      return List.of();
    }
    String json = "[\"" + String.join("\", \"", words) + "\"]";
    return InstructionEdits.arguments(file, ins, written, json).stream().toList();
  }

  /** True when a SHELL comes before {@code until} in the stage or in a stage it builds on. */
  private static boolean shellSet(Dockerfile file, Optional<Stage> stage, Instruction until) {
    if (stage.isEmpty()) {
      return false;
    }
    for (Instruction i : stage.get().instructions()) {
      if (i.equals(until)) {
        break;
      }
      if (i instanceof Shell) {
        return true;
      }
    }
    Stage s = stage.get();
    Optional<Stage> parent = file.stage(s.from().image(), s.index());
    return parent.isPresent() && shellSet(file, parent, s.from());
  }
}
