package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * No {@code security_opt: [no-new-privileges:true]}: a setuid binary in the image (su, sudo,
 * passwd) can still raise a process's privileges.
 */
final class NoNewPrivilegesMissing extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-no-new-privileges-missing",
          List.of(),
          Severity.INFO,
          Domain.COMPOSE,
          "Set security_opt no-new-privileges:true");

  /** The forms the engine accepts: {@code no-new-privileges}, {@code :true}, {@code =true}. */
  private static final Pattern ON = Pattern.compile("no-new-privileges(?:[:=]true)?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (s.securityOpt().stream().noneMatch(o -> ON.matcher(o.strip()).matches())) {
      report.at(
          s.securityOpt().isEmpty() ? s.pos() : at(s, "security_opt"),
          "service "
              + s.name()
              + " lets setuid programs raise privileges: add security_opt:"
              + " [\"no-new-privileges:true\"]");
    }
  }
}
