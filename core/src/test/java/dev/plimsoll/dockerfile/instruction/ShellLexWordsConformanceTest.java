package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BuildKit's {@code wordsTest}: {@code ENV k=v} lines add to the environment of the cases after
 * them; {@code input | w1,w2} expects those words, or {@code error}.
 *
 * <p>BuildKit's test loops over two modes (normal, then raw quotes with unset variables kept), but
 * both loops share one file handle, so the second mode reads nothing and checks nothing. Its
 * expectations hold for the normal mode only; {@code ShellLexModesTest} covers the other one.
 */
class ShellLexWordsConformanceTest {

  record Case(String input, List<String> expected, List<String> env, int line) {}

  static List<Case> cases() throws IOException {
    Path file = Path.of(System.getProperty("plimsoll.corpus"), "buildkit-shell", "wordsTest");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> env = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("ENV ")) {
        env.add(line.substring(3).replaceFirst("^ +", ""));
        continue;
      }
      String[] parts = line.split("\\|", -1);
      assertThat(parts).as("line %d: %s", i + 1, line).hasSize(2);
      List<String> expected = Arrays.asList(parts[1].replaceFirst("^ +", "").split(",", -1));
      cases.add(new Case(parts[0].strip(), expected, List.copyOf(env), i + 1));
    }
    return cases;
  }

  static Stream<Arguments> allCases() throws IOException {
    return cases().stream().map(c -> Arguments.of(c.input(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void splitsLikeBuildKit(String input, Case c) {
    List<String> words;
    try {
      words = new ShellLex('\\').processWords(input, Environment.fromKeyValues(c.env()));
    } catch (ExpansionException e) {
      words = List.of("error");
    }
    assertThat(words).as("line %d", c.line()).isEqualTo(c.expected());
  }

  @Test
  void theWholeFileIsRead() throws IOException {
    assertThat(cases()).hasSize(24);
  }
}
