package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.Assignment;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pip install} without {@code --no-cache-dir} (hadolint's DL3042): pip keeps every wheel it
 * downloaded under {@code ~/.cache/pip}, in the layer. As in hadolint, a truthy {@code
 * PIP_NO_CACHE_DIR} also does, whether set by ENV (in the stage or a stage it is built on), by ARG,
 * or in the script ({@code PIP_NO_CACHE_DIR=1 pip install}, {@code export PIP_NO_CACHE_DIR=1}); and
 * so does a cache mount on pip's cache ({@code --mount=type=cache,target=/root/.cache/pip}), which
 * keeps the cache out of the image. {@code uv pip}, {@code pipx} and {@code pipenv} have other
 * cache options and are not checked.
 */
final class PipNoCacheDir implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "pip-no-cache-dir",
          List.of("DL3042"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "pip install should use --no-cache-dir so its download cache stays out of the image");

  private static final String VARIABLE = "PIP_NO_CACHE_DIR";
  private static final Set<String> TRUTHY =
      Set.of("1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageCommand> forgot =
        PackageCommand.in(script).stream()
            .filter(
                pc ->
                    pc.manager() == PackageManager.PIP
                        && pc.installs()
                        && !pc.program().equals("uv")
                        && !pc.hasFlag("--no-cache-dir"))
            .toList();
    if (forgot.isEmpty()
        || setInScript(script)
        || ctx.dockerfile().variablesAt(at).get(VARIABLE).filter(TRUTHY::contains).isPresent()
        || CacheMount.anyTargetContains(run, "pip", "/.cache")) {
      return;
    }
    ctx.report(
        at,
        "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
        ScriptEdits.afterVerb(ctx.dockerfile(), script, forgot, "--no-cache-dir"));
  }

  private static boolean setInScript(ShellScript script) {
    for (SimpleCommand c : script.commands()) {
      for (Assignment a : c.assignments()) {
        if (a.name().equals(VARIABLE) && TRUTHY.contains(a.value())) {
          return true;
        }
      }
      for (Word w : c.arguments()) {
        Optional<String> value = valueOf(w.unquoted());
        if (value.filter(TRUTHY::contains).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The value of {@code PIP_NO_CACHE_DIR=value}, as {@code export} and {@code env} take it. */
  private static Optional<String> valueOf(String word) {
    String prefix = VARIABLE + "=";
    return word.startsWith(prefix)
        ? Optional.of(word.substring(prefix.length()))
        : Optional.empty();
  }
}
