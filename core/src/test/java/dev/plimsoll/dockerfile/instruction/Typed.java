package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;

/** Builds the typed model from Dockerfile text, through the real parser. */
final class Typed {
  private Typed() {}

  static Dockerfile of(String text) throws DockerfileSyntaxException {
    return Dockerfile.of(DockerfileParser.parse("Dockerfile", text));
  }

  static Dockerfile of(String text, BuildOptions options) throws DockerfileSyntaxException {
    return Dockerfile.of(DockerfileParser.parse("Dockerfile", text), options);
  }

  /** The one instruction after {@code FROM scratch}, as type {@code T}. */
  static <T extends Instruction> T second(String line, Class<T> type)
      throws DockerfileSyntaxException {
    return type.cast(of("FROM scratch\n" + line + "\n").instructions().get(1));
  }

  /** The message a user sees for text the typed layer refuses. */
  static String refusal(String text) {
    DockerfileSyntaxException e =
        catchThrowableOfType(DockerfileSyntaxException.class, () -> of(text));
    if (e == null) {
      throw new AssertionError("accepted:\n" + text);
    }
    return e.getMessage();
  }
}
