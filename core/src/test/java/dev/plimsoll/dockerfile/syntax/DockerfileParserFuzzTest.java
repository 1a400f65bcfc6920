package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ModelJson;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Any bytes: decoding, parsing, BuildKit's dump, the typed model and its JSON either give a result
 * or refuse the file with a one-line {@link BadInputException}, never anything else, and every
 * instruction they report lies within the file.
 *
 * <p>Seeds: BuildKit's parser test files, a few real Dockerfiles, and hand-made edge cases (BOM,
 * CRLF, backtick escape, heredocs, {@code ONBUILD ONBUILD}, JSON forms, long continuations).
 */
class DockerfileParserFuzzTest {

  @FuzzTest(maxDuration = "25s")
  void parsesOrRefuses(byte[] bytes) throws IOException {
    SyntaxTree tree;
    try {
      String text = DockerfileText.decode(bytes, "Dockerfile");
      tree = DockerfileParser.parse("Dockerfile", text);
    } catch (BadInputException e) {
      assertOneLine(e);
      return;
    }
    assertThat(tree.nodes()).isNotEmpty();
    for (Node node : tree.nodes()) {
      assertWithin(node, tree.lines().size());
    }
    assertThat(BuildkitDump.dump(tree).lines()).hasSize(tree.nodes().size());

    Dockerfile df;
    try {
      df = Dockerfile.of(tree);
    } catch (DockerfileSyntaxException e) {
      assertOneLine(e);
      return;
    }
    StringWriter json = new StringWriter();
    ModelJson.write(df, json);
    assertThat(json.toString()).startsWith("{");
  }

  private static void assertWithin(Node node, int lineCount) {
    assertThat(node.startLine()).as("start line of %s", node.original()).isBetween(1, lineCount);
    assertThat(node.endLine())
        .as("end line of %s", node.original())
        .isBetween(node.startLine(), lineCount);
    for (Heredoc heredoc : node.heredocs()) {
      // An empty body starts on the terminator's line, so it is still inside the file.
      assertThat(heredoc.startLine()).isBetween(node.startLine() + 1, node.endLine());
    }
    node.child().ifPresent(child -> assertWithin(child, lineCount));
  }

  private static void assertOneLine(BadInputException e) {
    assertThat(e.getMessage()).startsWith("Dockerfile").doesNotContain("\n", "\r");
  }
}
