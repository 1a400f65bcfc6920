package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Variables;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the global ARGs in a FROM image the way BuildKit does, for the common forms only: {@code
 * $NAME}, {@code ${NAME}}, {@code ${NAME:-word}} and {@code ${NAME-word}}. The answer is empty
 * whenever the result cannot be known from the file: an ARG declared without a default (a {@code
 * --build-arg} sets it), or any other syntax. An ARG that is not declared expands to nothing, as in
 * BuildKit, because {@code --build-arg} cannot set it.
 */
final class FromArgs {
  private static final Pattern VAR =
      Pattern.compile(
          "\\$(?:([A-Za-z_][A-Za-z0-9_]*)|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}$]*))?})");

  private FromArgs() {}

  static Optional<String> expand(String word, Variables scope) {
    StringBuilder out = new StringBuilder();
    Matcher m = VAR.matcher(word);
    int last = 0;
    while (m.find()) {
      out.append(word, last, m.start());
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      Optional<String> value;
      if (!scope.isDeclared(name)) {
        value = Optional.of("");
      } else {
        value = scope.get(name);
        if (value.isEmpty()) {
          return Optional.empty();
        }
      }
      String op = m.group(3);
      if (op != null && (op.equals("-") ? !scope.isDeclared(name) : value.get().isEmpty())) {
        value = Optional.of(m.group(4));
      }
      out.append(value.get());
      last = m.end();
    }
    out.append(word.substring(last));
    String result = out.toString();
    return result.contains("$") || result.contains("\\") ? Optional.empty() : Optional.of(result);
  }
}
