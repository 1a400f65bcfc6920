package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.interpolate.UnsetVariable;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A variable used without a default ({@code ${TAG}}, not {@code ${TAG:-1.0}}) that is set neither
 * in the environment nor in the env files: compose warns and uses an empty string, which makes
 * {@code image: app:${TAG}} the invalid {@code app:}, and a password empty.
 */
final class UndefinedVariable implements ComposeRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-undefined-variable",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Variables used without a default must be set");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ComposeProject project, Consumer<Problem> report) {
    for (UnsetVariable v : project.unset()) {
      report.accept(
          new Problem(
              v.pos(),
              service(v.path()),
              v.name()
                  + " is not set, so "
                  + v.path()
                  + " gets an empty string in its place: set it in .env or the environment, or"
                  + " give a default (${"
                  + v.name()
                  + ":-value}) or an error (${"
                  + v.name()
                  + ":?message})"));
    }
  }

  /** {@code services.web.image} → web. */
  private static Optional<String> service(String path) {
    String[] parts = path.split("\\.", 3);
    return parts.length >= 2 && parts[0].equals("services")
        ? Optional.of(parts[1])
        : Optional.empty();
  }
}
