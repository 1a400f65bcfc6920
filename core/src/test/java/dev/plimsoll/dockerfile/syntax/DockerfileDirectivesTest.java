package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parser directives and the escape character. */
class DockerfileDirectivesTest {

  private static SyntaxTree parse(String text) throws DockerfileSyntaxException {
    return DockerfileParser.parse("Dockerfile", text);
  }

  @Test
  void syntaxEscapeAndCheckAreReadFromTheTop() throws Exception {
    SyntaxTree tree =
        parse(
            "# syntax=docker/dockerfile:1\n#escape = `\n# check=skip=JSONArgsRecommended\nFROM a\n");

    assertThat(tree.syntax()).contains("docker/dockerfile:1");
    assertThat(tree.escape()).isEqualTo('`');
    assertThat(tree.check()).contains("skip=JSONArgsRecommended");
    assertThat(tree.nodes().get(0).comments()).isEmpty();
  }

  @Test
  void keysAreCaseInsensitiveAndValuesTrimmed() throws Exception {
    SyntaxTree tree = parse("  #  SYNTAX  =  docker/dockerfile:1.7  \nFROM a\n");

    assertThat(tree.syntax()).contains("docker/dockerfile:1.7");
  }

  @Test
  void withoutDirectivesTheDefaultsApply() throws Exception {
    SyntaxTree tree = parse("FROM a\n");

    assertThat(tree.syntax()).isEmpty();
    assertThat(tree.check()).isEmpty();
    assertThat(tree.escape()).isEqualTo('\\');
  }

  @Test
  void aBlankLineEndsTheDirectives() throws Exception {
    SyntaxTree tree = parse("# syntax=x\n\n# escape=`\nFROM a \\\n  b\n");

    assertThat(tree.escape()).isEqualTo('\\');
    assertThat(tree.nodes().get(0).comments()).containsExactly("escape=`");
    assertThat(BuildkitDump.dump(tree)).isEqualTo("(from \"a\" \"b\")\n");
  }

  @Test
  void anOrdinaryCommentOrUnknownDirectiveEndsTheDirectives() throws Exception {
    assertThat(parse("# hello\n# escape=`\nFROM a\n").escape()).isEqualTo('\\');
    assertThat(parse("# foo=bar\n# escape=`\nFROM a\n").escape()).isEqualTo('\\');
    assertThat(parse("FROM a\n# escape=`\nRUN b\n").escape()).isEqualTo('\\');
  }

  @Test
  void backtickEscapeContinuesLinesAndLeavesBackslashesAlone() throws Exception {
    SyntaxTree tree = parse("# escape=`\nFROM windows\nRUN dir C:\\ `\n  /s\nCOPY a\\b `\n  c\\\n");

    assertThat(BuildkitDump.dump(tree))
        .isEqualTo("(from \"windows\")\n(run \"dir C:\\\\   /s\")\n(copy \"a\\\\b\" \"c\\\\\")\n");
  }

  @Test
  void duplicateDirectiveIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> parse("# escape=`\n# escape=\\\nFROM a\n"))
        .isInstanceOf(DockerfileSyntaxException.class)
        .hasMessage("Dockerfile:2: only one escape parser directive can be used");
  }

  @Test
  void invalidEscapeIsAnError() {
    assertThatThrownBy(() -> parse("# escape=x\nFROM a\n"))
        .hasMessage("Dockerfile:1: invalid escape token 'x' does not match ` or \\");
  }

  @Test
  void directiveWithoutValueIsAComment() throws Exception {
    SyntaxTree tree = parse("# escape=\nFROM a\n");

    assertThat(tree.escape()).isEqualTo('\\');
    assertThat(tree.nodes().get(0).comments()).containsExactly("escape=");
  }
}
