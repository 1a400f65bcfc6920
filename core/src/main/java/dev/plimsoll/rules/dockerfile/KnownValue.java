package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Variables;
import java.util.Optional;

/**
 * A word of an instruction BuildKit expands (COPY and ADD paths and flags, LABEL values, FROM),
 * after expansion, when the file alone decides it. Empty when the word uses a variable declared
 * without a value (a {@code --build-arg} sets it) or when expansion fails: rules then say nothing
 * rather than guess.
 */
final class KnownValue {
  private KnownValue() {}

  static Optional<String> of(Dockerfile file, Instruction at, String word) {
    Variables scope = file.variablesAt(at);
    try {
      ExpansionResult r = file.expand(word, at);
      return r.unmatched().stream().anyMatch(scope::isDeclared)
          ? Optional.empty()
          : Optional.of(r.value());
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }

  /** {@code word} without one pair of surrounding quotes, as hadolint's {@code dropQuotes}. */
  static String unquote(String word) {
    int n = word.length();
    if (n >= 2
        && (word.charAt(0) == '"' || word.charAt(0) == '\'')
        && word.charAt(n - 1) == word.charAt(0)) {
      return word.substring(1, n - 1);
    }
    return word;
  }
}
