package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Heredocs, with cases from BuildKit's parser_heredoc_test.go. */
class DockerfileHeredocTest {

  private static Node only(String dockerfile) throws DockerfileSyntaxException {
    List<Node> nodes = DockerfileParser.parse("Dockerfile", dockerfile).nodes();
    return nodes.get(nodes.size() - 1);
  }

  @Test
  void bodyEndsAtTheDelimiterAndCountsInTheInstructionsLines() throws Exception {
    SyntaxTree tree =
        DockerfileParser.parse(
            "Dockerfile", "FROM alpine\nRUN <<EOF\necho hello\necho world\nEOF\nUSER me\n");

    Node run = tree.nodes().get(1);
    assertThat(run.values()).containsExactly("<<EOF");
    assertThat(run.heredocs())
        .containsExactly(new Heredoc("EOF", "echo hello\necho world\n", true, false, 3));
    assertThat(run.startLine()).isEqualTo(2);
    assertThat(run.endLine()).isEqualTo(5);
    assertThat(tree.nodes().get(2).startLine()).isEqualTo(6);
  }

  @Test
  void dashStripsLeadingTabsFromBodyAndDelimiter() throws Exception {
    Node run = only("FROM a\nRUN <<-UNINDENT\n\tbaz\n\t\tquux\n  kept\n\tUNINDENT\n");

    assertThat(run.heredocs())
        .containsExactly(new Heredoc("UNINDENT", "baz\nquux\n  kept\n", true, true, 3));
  }

  @Test
  void withoutDashTabsStayAndAnIndentedDelimiterDoesNotEndTheBody() throws Exception {
    Node run = only("FROM a\nRUN <<INDENT\n\tfoo\n\tINDENT\nINDENT\n");

    assertThat(run.heredocs().get(0).content()).isEqualTo("\tfoo\n\tINDENT\n");
  }

  @Test
  void quotedDelimitersTurnExpansionOff() throws Exception {
    assertThat(only("FROM a\nRUN <<'EOF'\n$X\nEOF\n").heredocs().get(0).expand()).isFalse();
    assertThat(only("FROM a\nRUN <<\"EOF\"\n$X\nEOF\n").heredocs().get(0).expand()).isFalse();
    assertThat(only("FROM a\nRUN <<-'EOF'\n$X\nEOF\n").heredocs().get(0).expand()).isFalse();
    assertThat(only("FROM a\nRUN <<eo'f'\n$X\neof\n").heredocs().get(0).name()).isEqualTo("eof");
    assertThat(only("FROM a\nRUN <<EOF\n$X\nEOF\n").heredocs().get(0).expand()).isTrue();
  }

  @Test
  void escapedQuoteInDelimiterIsLiteralAndKeepsExpansion() throws Exception {
    Heredoc heredoc = only("FROM a\nRUN <<eo\\'f\necho foo\neo'f\n").heredocs().get(0);

    assertThat(heredoc.name()).isEqualTo("eo'f");
    assertThat(heredoc.expand()).isTrue();
  }

  @Test
  void severalHeredocsInOneCopyAreReadInOrder() throws Exception {
    Node copy = only("FROM a\nCOPY <<X <<Y /dest\nY\nX\nX\nY\n");

    assertThat(copy.values()).containsExactly("<<X", "<<Y", "/dest");
    assertThat(copy.heredocs())
        .containsExactly(
            new Heredoc("X", "Y\n", true, false, 3), new Heredoc("Y", "X\n", true, false, 5));
    assertThat(copy.endLine()).isEqualTo(6);
  }

  @Test
  void addTakesHeredocsAndFlagsDoNotHideThem() throws Exception {
    Node run = only("FROM a\nRUN --mount=type=cache,target=/foo <<MOUNT python3\necho hi\nMOUNT\n");
    Node add = only("FROM a\nADD <<file.txt /dest\nhello\nfile.txt\n");

    assertThat(run.flags()).containsExactly("--mount=type=cache,target=/foo");
    assertThat(run.heredocs().get(0).name()).isEqualTo("MOUNT");
    assertThat(add.heredocs().get(0).name()).isEqualTo("file.txt");
  }

  @Test
  void onlyShellFormRunCopyAndAddTakeHeredocs() throws Exception {
    SyntaxTree tree =
        DockerfileParser.parse(
            "Dockerfile",
            "FROM a\nUSER <<INVALID\nINVALID\nRUN [\"<<EOF\"]\nRUN \"<<NOHEREDOC\"\nRUN '<<X'\n");

    assertThat(tree.nodes()).hasSize(6);
    assertThat(tree.nodes()).allSatisfy(node -> assertThat(node.heredocs()).isEmpty());
    assertThat(tree.nodes().get(2).command()).isEqualTo("invalid");
  }

  @Test
  void onbuildLooksThroughToItsInstruction() throws Exception {
    Node onbuild = only("FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\n");

    assertThat(onbuild.heredocs()).extracting(Heredoc::name).containsExactly("EOF");
    assertThat(onbuild.endLine()).isEqualTo(4);
    assertThat(onbuild.child().orElseThrow().endLine()).isEqualTo(4);
    assertThat(BuildkitDump.dumpNode(onbuild)).isEqualTo("onbuild (run \"<<EOF\")");
  }

  @Test
  void fileDescriptorAndSpaceBeforeDelimiterAreAccepted() throws Exception {
    assertThat(only("FROM a\nRUN 3<<EMPTY2\nEMPTY2\n").heredocs().get(0).name())
        .isEqualTo("EMPTY2");
    assertThat(only("FROM a\nRUN <<  EOF  > foo\nEOF\n").heredocs().get(0).name()).isEqualTo("EOF");
    assertThat(only("FROM a\nRUN << -EOF\n-EOF\n").heredocs().get(0).name()).isEqualTo("-EOF");
    assertThat(only("FROM a\nRUN <<$EOF\n$EOF\n").heredocs().get(0).name()).isEqualTo("$EOF");
  }

  @Test
  void bodyLinesLookingLikeInstructionsOrCommentsStayInTheBody() throws Exception {
    SyntaxTree tree =
        DockerfileParser.parse(
            "Dockerfile", "FROM a\nRUN <<COMMENT\n# internal\nFROM b \\\nCOMMENT\nRUN true\n");

    assertThat(tree.nodes()).extracting(Node::command).containsExactly("from", "run", "run");
    assertThat(tree.nodes().get(1).heredocs().get(0).content())
        .isEqualTo("# internal\nFROM b \\\n");
  }

  @Test
  void crlfBodiesKeepTheirLineEndingsAsBuildkitDoes() throws Exception {
    Node run = only("FROM a\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n");

    assertThat(run.heredocs().get(0).content()).isEqualTo("echo hi\r\n");
  }

  @Test
  void unterminatedHeredocIsReportedAtItsInstruction() {
    assertThatThrownBy(
            () -> DockerfileParser.parse("Dockerfile", "FROM a\n\nRUN <<EOF\necho hi\nEOF \n"))
        .isInstanceOf(DockerfileSyntaxException.class)
        .hasMessage("Dockerfile:3: unterminated heredoc <<EOF");
  }

  @Test
  void secondUnterminatedHeredocIsNamed() {
    assertThatThrownBy(() -> DockerfileParser.parse("Dockerfile", "FROM a\nCOPY <<A <<-B /\nA\n"))
        .hasMessage("Dockerfile:2: unterminated heredoc <<-B");
  }
}
