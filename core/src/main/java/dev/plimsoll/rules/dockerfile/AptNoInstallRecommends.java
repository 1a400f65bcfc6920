package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code apt-get install} also installs every package the named ones recommend, often many times
 * their size (hadolint's DL3015). {@code --no-install-recommends} or {@code -o
 * APT::Install-Recommends=false} (or {@code 0}, {@code no}) turns that off.
 */
final class AptNoInstallRecommends implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "apt-no-install-recommends",
          List.of("DL3015"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "apt-get install should be given --no-install-recommends");

  private static final Set<String> OFF =
      Set.of(
          "apt::install-recommends=false",
          "apt::install-recommends=0",
          "apt::install-recommends=no",
          "apt::install-recommends=off");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("apt-get");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageCommand> missing =
        PackageCommand.in(script).stream()
            .filter(c -> c.program().equals("apt-get") && c.installs())
            .filter(c -> !c.hasFlag("--no-install-recommends") && !configured(c))
            .toList();
    if (!missing.isEmpty()) {
      ctx.report(
          at,
          "apt-get install without --no-install-recommends pulls in packages nobody asked for",
          ScriptEdits.afterVerb(ctx.dockerfile(), script, missing, "--no-install-recommends"));
    }
  }

  /** {@code -o APT::Install-Recommends=false}; hadolint also accepts the setting as a bare word. */
  private static boolean configured(PackageCommand c) {
    boolean option =
        c.options().flags().stream()
            .filter(f -> f.name().equals("-o") || f.name().equals("--option"))
            .flatMap(f -> f.value().stream())
            .anyMatch(AptNoInstallRecommends::off);
    return option
        || c.options().operands().stream()
            .map(Word::unquoted)
            .anyMatch(AptNoInstallRecommends::off);
  }

  private static boolean off(String setting) {
    return OFF.contains(setting.toLowerCase(Locale.ROOT).replace(" ", ""));
  }
}
