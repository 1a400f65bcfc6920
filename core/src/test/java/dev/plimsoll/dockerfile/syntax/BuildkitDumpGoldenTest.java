package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden dump of a Dockerfile full of heredocs. BuildKit's {@code Node.Dump} prints the instruction
 * line only, never heredoc bodies, so the golden file shows the markers as plain arguments. Refresh
 * with {@code -Dplimsoll.golden.update=true}, then review the diff; never edit it by hand.
 */
class BuildkitDumpGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/dev/plimsoll/dockerfile/syntax");

  @Test
  void heredocDumpMatchesGolden() throws Exception {
    Path source = DIR.resolve("heredocs.Dockerfile");
    SyntaxTree tree =
        DockerfileParser.parse("heredocs.Dockerfile", DockerfileText.read(source, "heredocs"));

    Golden.assertMatches("dev/plimsoll/dockerfile/syntax/heredocs.dump", BuildkitDump.dump(tree));
    assertThat(tree.nodes())
        .extracting(n -> n.heredocs().size())
        .containsExactly(0, 1, 1, 2, 1, 1, 0, 0);
  }
}
