package dev.plimsoll.dockerfile.shell;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code set} command does to {@code pipefail}: {@code set -o pipefail}, {@code set -euxo
 * pipefail}, {@code set -o errexit -o pipefail} switch it on, {@code set +o pipefail} off; the last
 * one wins. Options end at {@code --}, {@code -} or the first positional parameter.
 */
final class SetBuiltin {
  private SetBuiltin() {}

  /** The state the command leaves pipefail in, or empty when it does not touch it. */
  static Optional<Boolean> pipefail(SimpleCommand command) {
    if (!command.name().filter("set"::equals).isPresent()) {
      return Optional.empty();
    }
    Optional<Boolean> state = Optional.empty();
    List<Word> args = command.arguments();
    for (int i = 0; i < args.size(); i++) {
      String text = args.get(i).unquoted();
      if (text.length() < 2 || (text.charAt(0) != '-' && text.charAt(0) != '+')) {
        break;
      }
      if (text.equals("--")) {
        break;
      }
      // In a cluster, each o takes the next word as its option name (bash's set builtin).
      for (int c = 1; c < text.length(); c++) {
        if (text.charAt(c) == 'o' && i + 1 < args.size()) {
          String option = args.get(++i).unquoted();
          if (option.equals("pipefail")) {
            state = Optional.of(text.charAt(0) == '-');
          }
        }
      }
    }
    return state;
  }
}
