package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Variables;
import java.util.Optional;

/**
 * The image a FROM names, after BuildKit expands the global ARGs in it. Empty when the file alone
 * cannot say: the word uses an ARG declared without a default (a {@code --build-arg} sets it), or
 * the expansion fails. An ARG that is not declared at all expands to nothing, as in BuildKit,
 * because {@code --build-arg} cannot set it.
 */
final class FromArgs {
  private FromArgs() {}

  static Optional<String> expand(From from, Dockerfile file) {
    Variables scope = file.variablesAt(from);
    try {
      ExpansionResult r = file.expand(from.image(), from);
      return r.unmatched().stream().anyMatch(scope::isDeclared)
          ? Optional.empty()
          : Optional.of(r.value());
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }
}
