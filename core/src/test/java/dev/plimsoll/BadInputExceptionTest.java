package dev.plimsoll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputExceptionTest {
  @Test
  void messageIsFileLineAndProblem() {
    assertThat(new BadInputException("Dockerfile", 3, "unknown instruction: RUNN").getMessage())
        .isEqualTo("Dockerfile:3: unknown instruction: RUNN");
    assertThat(new BadInputException("Dockerfile", "file is empty").getMessage())
        .isEqualTo("Dockerfile: file is empty");
  }

  @Test
  void controlCharactersFromTheInputCannotBreakTheLineOrRepaintATerminal() {
    BadInputException e =
        new BadInputException("a\nb", 10, "unterminated heredoc <<-\rA\u001b[31m");
    assertThat(e.getMessage())
        .isEqualTo("a\\x0ab:10: unterminated heredoc <<-\\x0dA\\x1b[31m")
        .doesNotContain("\n", "\r", "\u001b");
  }
}
