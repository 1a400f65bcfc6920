package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Line endings, continuations, comments and positions. */
class DockerfileLinesTest {

  private static SyntaxTree parse(String text) throws DockerfileSyntaxException {
    return DockerfileParser.parse("Dockerfile", text);
  }

  @Test
  void crlfParsesLikeLf() throws Exception {
    String lf = "FROM a\nRUN echo \\\n  hi\nENV A=b\n";

    SyntaxTree crlf = parse(lf.replace("\n", "\r\n"));

    assertThat(BuildkitDump.dump(crlf)).isEqualTo(BuildkitDump.dump(parse(lf)));
    assertThat(crlf.lines()).containsExactly("FROM a", "RUN echo \\", "  hi", "ENV A=b");
  }

  @Test
  void byteOrderMarkIsDropped() throws Exception {
    SyntaxTree tree = parse("\uFEFF# escape=`\nFROM a\n");

    assertThat(tree.escape()).isEqualTo('`');
    assertThat(tree.lines().get(0)).isEqualTo("# escape=`");
  }

  @Test
  void commentAndBlankLinesInsideAContinuationAreSkipped() throws Exception {
    SyntaxTree tree =
        parse("FROM a\nRUN apt-get update \\\n  # refresh\n\n   \n  && true\nUSER b\n");

    Node run = tree.nodes().get(1);
    assertThat(run.values()).containsExactly("apt-get update   && true");
    assertThat(run.startLine()).isEqualTo(2);
    assertThat(run.endLine()).isEqualTo(6);
    assertThat(tree.nodes().get(2).startLine()).isEqualTo(7);
  }

  @Test
  void commentsRightBeforeAnInstructionAttachToIt() throws Exception {
    SyntaxTree tree = parse("# first\n\n#  second  \n# third\nFROM a\nRUN b\n");

    assertThat(tree.nodes().get(0).comments()).containsExactly("first", "second", "third");
    assertThat(tree.nodes().get(1).comments()).isEmpty();
  }

  @Test
  void anEmptyCommentForgetsTheCommentsBeforeIt() throws Exception {
    SyntaxTree tree = parse("# dropped\n#\n# kept\nFROM a\n");

    assertThat(tree.nodes().get(0).comments()).containsExactly("kept");
  }

  @Test
  void escapedEscapeDoesNotContinueTheLine() throws Exception {
    SyntaxTree tree = parse("FROM a\nENV C trailing\\\\\nENV D d\n");

    assertThat(tree.nodes()).hasSize(3);
    assertThat(tree.nodes().get(1).values()).containsExactly("C", "trailing\\\\", "");
  }

  @Test
  void keywordsInAnyCaseAndUnknownKeywordsAreKept() throws Exception {
    SyntaxTree tree = parse("from a\nRuN b\nFROBNICATE x y\n");

    assertThat(BuildkitDump.dump(tree)).isEqualTo("(from \"a\")\n(run \"b\")\n(frobnicate \"\")\n");
    assertThat(tree.nodes().get(1).keyword()).isEqualTo("RuN");
  }

  @Test
  void originalKeepsTheJoinedLine() throws Exception {
    Node node = parse("FROM a \\\n  AS b\n").nodes().get(0);

    assertThat(node.original()).isEqualTo("FROM a   AS b");
    assertThat(node.values()).containsExactly("a", "AS", "b");
  }

  @Test
  void errorsNameTheInstructionsFirstLine() {
    assertThatThrownBy(() -> parse("FROM a\nLABEL a=b \\\n  c\n"))
        .isInstanceOf(DockerfileSyntaxException.class)
        .hasMessage(
            "Dockerfile:2: Syntax error - can't find = in \"c\". Must be of the form: name=value");
  }

  @Test
  void fiveMegabyteLineParses() throws Exception {
    String payload = "x".repeat(5 * 1024 * 1024);

    SyntaxTree tree = parse("FROM a\nRUN echo " + payload + "\n");

    assertThat(tree.nodes().get(1).values().get(0)).hasSize(payload.length() + 5);
  }

  @Test
  void fiveMegabyteJsonAndContinuedLinesParse() throws Exception {
    String payload = "y ".repeat(1024 * 1024);
    String continued = "RUN a \\\n".repeat(100_000) + "  b\n";

    SyntaxTree tree = parse("FROM a\nCMD [\"" + payload + "\"]\n" + continued);

    assertThat(tree.nodes().get(1).values().get(0)).hasSize(payload.length());
    assertThat(tree.nodes().get(2).endLine()).isEqualTo(100_003);
  }

  @Test
  void hundredThousandLinesParse() throws Exception {
    String text = "FROM a\n" + "RUN echo hello && \\\n  echo world\n# note\n".repeat(33_333);

    SyntaxTree tree = parse(text);

    assertThat(tree.nodes()).hasSize(33_334);
    assertThat(tree.lines()).hasSize(100_000);
  }
}
