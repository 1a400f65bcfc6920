package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.compose.yaml.Position;
import java.util.Optional;
import java.util.function.Consumer;

/** A compose rule that looks at one service at a time; most compose rules are. */
abstract class ServiceRule implements ComposeRule {
  @Override
  public final void check(ComposeProject project, Consumer<Problem> report) {
    for (Service s : project.services()) {
      check(
          project,
          s,
          (pos, message) -> report.accept(new Problem(pos, Optional.of(s.name()), message)));
    }
  }

  /** Reports what is wrong with {@code service}, at a position and with a message. */
  abstract void check(ComposeProject project, Service service, Report report);

  /** Takes one problem of the service being checked. */
  interface Report {
    void at(Position pos, String message);
  }

  /** Where {@code key} of the service is written, or the service itself when it is not. */
  static Position at(Service s, String key) {
    return s.raw().entry(key).map(e -> e.keyPos()).filter(p -> p.line() > 0).orElse(s.pos());
  }
}
