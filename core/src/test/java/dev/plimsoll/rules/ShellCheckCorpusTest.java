package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ShellCheck over the binnacle gold corpus in one lint run: it runs without a warning, finds
 * something, and every finding points at a real position of its file; an unquoted expansion
 * (SC2086) at its very dollar sign, through continuation lines, heredocs and tabs.
 */
class ShellCheckCorpusTest {
  private static final Path GOLD =
      Path.of(System.getProperty("plimsoll.corpus"), "dockerfiles", "binnacle-gold");

  @Test
  void everyFindingPointsIntoItsFile() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(GOLD)) {
      files = s.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(400);
    LintResult result = new Lint(LintConfig.DEFAULT).paths(files);
    assertThat(result.warnings()).isEmpty();
    List<Finding> sc = result.findings().stream().filter(f -> f.rule().startsWith("SC")).toList();
    assertThat(sc).hasSizeGreaterThan(100);
    for (Finding f : sc) {
      List<String> lines = result.sources().get(f.file());
      assertThat(f.line()).as("%s", f).isBetween(1, lines.size());
      assertThat(f.endLine()).as("%s", f).isBetween(f.line(), lines.size());
      assertThat(f.column()).as("%s", f).isBetween(1, lines.get(f.line() - 1).length() + 1);
      assertThat(lines.get(f.line() - 1)).as("%s", f).isNotBlank();
      assertThat(f.message()).as("%s", f).isNotBlank().doesNotContain("\n");
      if (f.rule().equals("SC2086")) {
        // ShellCheck points at the expansion itself: the column must land on its dollar sign.
        assertThat(lines.get(f.line() - 1).substring(f.column() - 1)).as("%s", f).startsWith("$");
      }
    }
  }
}
