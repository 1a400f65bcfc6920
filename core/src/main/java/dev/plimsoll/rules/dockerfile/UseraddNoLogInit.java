package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.Flag;
import dev.plimsoll.dockerfile.shell.Options;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code useradd -u} with a high UID and without {@code -l}/{@code --no-log-init} (hadolint's
 * DL3046). useradd then writes the user's entry at offset UID in the sparse {@code
 * /var/log/lastlog} and {@code faillog}; layers store them unsparse, gigabytes for a UID in the
 * millions. As in hadolint, a UID of more than five characters is high. A UID from an ARG or ENV
 * with a value is expanded; one whose value is unknown is not reported.
 */
final class UseraddNoLogInit implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "useradd-no-log-init",
          List.of("DL3046"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "useradd with a high UID should use -l (--no-log-init) to keep lastlog out of the image");

  /** useradd's options that take a value (shadow-utils useradd(8)). */
  private static final Set<String> VALUE_FLAGS =
      Set.of(
          "-u",
          "--uid",
          "-c",
          "--comment",
          "-d",
          "--home-dir",
          "-e",
          "--expiredate",
          "-f",
          "--inactive",
          "-g",
          "--gid",
          "-G",
          "--groups",
          "-k",
          "--skel",
          "-K",
          "--key",
          "-p",
          "--password",
          "-s",
          "--shell",
          "-b",
          "--base-dir",
          "-R",
          "--root",
          "-P",
          "--prefix",
          "-Z",
          "--selinux-user");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    for (SimpleCommand c : script.invoking("useradd")) {
      Options options = c.options(VALUE_FLAGS);
      if (options.has("-l", "--no-log-init")) {
        continue;
      }
      Optional<String> uid = options.flag("-u", "--uid").flatMap(Flag::value);
      Optional<String> value = uid.flatMap(u -> resolve(u, at, ctx));
      if (value.isPresent() && value.get().length() > 5) {
        ctx.report(
            at,
            "`useradd` without flag `-l` and high UID will result in excessively large Image (UID "
                + value.get()
                + ")");
        return;
      }
    }
  }

  /** The UID with build variables expanded, when every one of them has a value. */
  private static Optional<String> resolve(String uid, Instruction at, RuleContext ctx) {
    if (uid.indexOf('$') < 0) {
      return Optional.of(uid);
    }
    try {
      ExpansionResult r = ctx.dockerfile().expand(uid, at);
      return r.unmatched().isEmpty() ? Optional.of(r.value()) : Optional.empty();
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }
}
