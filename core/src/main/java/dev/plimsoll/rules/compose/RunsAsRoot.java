package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A service that runs as root: {@code user: root} or {@code 0}, or no {@code user:} while the
 * Dockerfile compose builds it from sets no other USER in the stage that runs. For a pulled image
 * the image's USER cannot be seen without pulling it: the finding says so, since most official
 * images of servers start as root.
 */
final class RunsAsRoot extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-runs-as-root",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Services should not run as root");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (s.user().isPresent()) {
      if (isRoot(s.user().get())) {
        report.at(
            at(s, "user"),
            "service "
                + s.name()
                + " runs as user "
                + s.user().get()
                + ": set user: to a non-root uid, e.g. \"10001:10001\"");
      }
      return;
    }
    if (s.build().isEmpty()) {
      report.at(
          s.pos(),
          "service "
              + s.name()
              + " sets no user:, so it runs as "
              + s.image().orElse("its image")
              + "'s USER, root unless the image sets one: set user: to a non-root uid if the"
              + " image allows it");
      return;
    }
    Optional<Dockerfile> d = ServiceDockerfile.of(project, s);
    if (d.isEmpty()) {
      return; // a URL context or a Dockerfile that does not parse: nothing to say
    }
    Optional<String> user =
        ServiceDockerfile.runStage(s, d.get())
            .map(st -> st.all(User.class))
            .filter(u -> !u.isEmpty())
            .map(u -> u.get(u.size() - 1).user());
    if (user.isEmpty() || isRoot(user.get())) {
      report.at(
          s.pos(),
          "service "
              + s.name()
              + " sets no user:, and its Dockerfile "
              + user.map(u -> "sets USER " + u).orElse("sets no USER")
              + ", so it runs as root: add a USER with a numeric uid to the Dockerfile, or set"
              + " user:");
    }
  }

  static boolean isRoot(String user) {
    String name = user.strip().split(":", 2)[0];
    return name.isEmpty() || name.equals("root") || name.equals("0");
  }
}
