package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BuildKit's {@code envVarTest}: every case runs as its own test, named by its input. BuildKit runs
 * {@code A} and {@code U} cases on Unix and {@code A} and {@code W} cases on Windows; we run both
 * sets, the second with {@link ShellLex.Platform#WINDOWS}.
 */
class ShellLexEnvVarConformanceTest {

  private static final Environment ENV =
      Environment.fromKeyValues(List.of("PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL="));

  /** One line of the file: {@code PLATFORM|input|expected}, trimmed as BuildKit's test trims. */
  record Case(String platform, String input, String expected, int line) {}

  static List<Case> cases() throws IOException {
    Path file = Path.of(System.getProperty("plimsoll.corpus"), "buildkit-shell", "envVarTest");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.strip().isEmpty()) {
        continue;
      }
      String[] parts = line.strip().split("\\|", -1);
      assertThat(parts).as("line %d: %s", i + 1, line).hasSize(3);
      cases.add(new Case(parts[0].strip(), parts[1].strip(), parts[2].strip(), i + 1));
    }
    return cases;
  }

  static Stream<Arguments> unixCases() throws IOException {
    return cases().stream()
        .filter(c -> !c.platform().equals("W"))
        .map(c -> Arguments.of(c.input(), c));
  }

  static Stream<Arguments> windowsCases() throws IOException {
    return cases().stream()
        .filter(c -> !c.platform().equals("U"))
        .map(c -> Arguments.of(c.input(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unixCases")
  void unix(String input, Case c) {
    check(new ShellLex('\\'), c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("windowsCases")
  void windows(String input, Case c) {
    check(new ShellLex('\\', ShellLex.Platform.WINDOWS), c);
  }

  private static void check(ShellLex lex, Case c) {
    if (c.expected().equals("error")) {
      assertThatThrownBy(() -> lex.processWord(c.input(), ENV))
          .as("line %d", c.line())
          .isInstanceOf(ExpansionException.class)
          .hasMessageStartingWith("failed to process ");
    } else {
      assertThat(valueOf(lex, c.input())).as("line %d", c.line()).isEqualTo(c.expected());
    }
  }

  private static String valueOf(ShellLex lex, String input) {
    try {
      return lex.processWord(input, ENV).value();
    } catch (ExpansionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  @Test
  void theWholeFileIsRead() throws IOException {
    List<Case> all = cases();
    assertThat(all).hasSize(230);
    assertThat(all).extracting(Case::platform).containsOnly("A", "U", "W");
  }
}
