package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Script offsets mapped back to Dockerfile lines and columns, the anchor of every fix. */
class ShellScriptSourceTest {

  private static Optional<SourcePosition> where(String dockerfile, String word) throws Exception {
    ShellScript s = ShellScriptRunTest.scripts(dockerfile).get(0);
    Word w =
        s.commands().stream()
            .flatMap(c -> c.words().stream())
            .filter(x -> x.raw().equals(word))
            .findFirst()
            .orElseThrow();
    return s.sourceAt(w.offset());
  }

  @Test
  void shellFormWordsMapToTheirColumnAcrossContinuationsAndComments() throws Exception {
    String file =
        """
        FROM debian
          RUN --mount=type=cache,target=/x apt-get update \\
        # a comment BuildKit drops

            && apt-get install -y \\
               curl
        """;
    assertThat(where(file, "update")).contains(new SourcePosition(2, 43));
    assertThat(where(file, "install")).contains(new SourcePosition(5, 15));
    assertThat(where(file, "curl")).contains(new SourcePosition(6, 7));
  }

  @Test
  void heredocBodiesMapLineByLine() throws Exception {
    String file =
        """
        FROM debian
        RUN <<EOF
        apt-get update
          apt-get install curl
        EOF
        """;
    assertThat(where(file, "curl")).contains(new SourcePosition(4, 18));
  }

  @Test
  void execFormAndChompedHeredocsHaveNoColumns() throws Exception {
    assertThat(where("FROM debian\nRUN [\"apt-get\", \"install\"]\n", "install")).isEmpty();
    assertThat(where("FROM debian\nRUN <<-EOF\n\tapt-get install\n\tEOF\n", "install")).isEmpty();
  }

  @Test
  void scriptsParsedOnTheirOwnHaveNoColumns() {
    ShellScript s = ShellScript.parse("apt-get install");
    assertThat(s.sourceAt(8)).isEmpty();
    assertThat(List.of(s.lineAt(8))).containsExactly(1);
  }
}
