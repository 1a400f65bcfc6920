package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.rules.Rule;
import java.util.Optional;
import java.util.function.Consumer;

/** A check of a loaded compose project. Like every rule it holds no state and only detects. */
public interface ComposeRule extends Rule {
  /** Reports what is wrong with the project. */
  void check(ComposeProject project, Consumer<Problem> report);

  /**
   * One problem: where it is, the service it is about (none for a top-level definition or the
   * project as a whole) and what to say.
   */
  record Problem(Position pos, Optional<String> service, String message) {}
}
