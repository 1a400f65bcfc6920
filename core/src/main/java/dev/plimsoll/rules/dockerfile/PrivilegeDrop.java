package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Signs that an image starts as root only to drop to another user in its entrypoint, as the
 * official postgres, redis and mongo images do: it installs, copies or runs {@code gosu}, {@code
 * su-exec}, {@code setpriv}, {@code runuser}, {@code s6-setuidgid} or {@code chroot --userspec}.
 */
final class PrivilegeDrop {
  private PrivilegeDrop() {}

  private static final Set<String> TOOLS =
      Set.of("gosu", "su-exec", "setpriv", "runuser", "s6-setuidgid");

  static boolean found(RuleContext ctx, StageChain chain) {
    for (Run run :
        chain.runsMentioning(
            List.of("gosu", "su-exec", "setpriv", "runuser", "s6-setuidgid", "chroot"))) {
      if (inScript(ctx.script(run))) {
        return true;
      }
    }
    for (Copy copy : chain.all(Copy.class)) {
      for (String source : copy.sources()) {
        if (TOOLS.contains(source.substring(source.lastIndexOf('/') + 1))) {
          return true;
        }
      }
    }
    List<CommandLine> starts = new ArrayList<>();
    chain.last(Entrypoint.class).ifPresent(e -> starts.add(e.command()));
    chain.last(Cmd.class).ifPresent(c -> starts.add(c.command()));
    for (CommandLine line : starts) {
      if (inScript(ShellScript.parse(line.exec() ? quoted(line) : line.text()))) {
        return true;
      }
    }
    return false;
  }

  private static String quoted(CommandLine line) {
    StringBuilder out = new StringBuilder();
    for (String arg : line.args()) {
      out.append('\'').append(arg.replace("'", "'\\''")).append("' ");
    }
    return out.toString();
  }

  private static boolean inScript(ShellScript script) {
    for (SimpleCommand command : script.commands()) {
      for (SimpleCommand layer : command.layers()) {
        if (layer.is(TOOLS.toArray(String[]::new))
            || (layer.is("chroot")
                && layer.arguments().stream()
                    .anyMatch(w -> w.unquoted().startsWith("--userspec")))) {
          return true;
        }
      }
      PackageCommand p = PackageCommand.recognise(command).orElse(null);
      if (p != null && p.installs()) {
        for (PackageRef ref : p.packages()) {
          if (TOOLS.contains(ref.name())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
