package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts made from RUN instructions, with Dockerfile lines. */
class ShellScriptRunTest {

  static List<ShellScript> scripts(String dockerfile) throws Exception {
    Dockerfile file = Dockerfile.of(DockerfileParser.parse("Dockerfile", dockerfile));
    return file.instructions().stream()
        .filter(Run.class::isInstance)
        .map(i -> ShellScript.of((Run) i, file))
        .toList();
  }

  private static ShellScript only(String dockerfile) throws Exception {
    List<ShellScript> scripts = scripts(dockerfile);
    assertThat(scripts).hasSize(1);
    assertThat(scripts.get(0).problems()).isEmpty();
    return scripts.get(0);
  }

  private static int lineOf(ShellScript script, String word) {
    return script.commands().stream()
        .flatMap(c -> c.words().stream())
        .filter(w -> w.raw().equals(word))
        .findFirst()
        .orElseThrow()
        .line();
  }

  @Test
  void continuationLinesMapToTheirSourceLines() throws Exception {
    ShellScript s =
        only(
            """
            FROM debian
            RUN --mount=type=cache,target=/x apt-get update \\
            # a comment BuildKit drops

                && apt-get install -y \\
                   curl \\
                   git
            """);
    assertThat(lineOf(s, "apt-get")).isEqualTo(2);
    assertThat(lineOf(s, "update")).isEqualTo(2);
    assertThat(lineOf(s, "install")).isEqualTo(5);
    assertThat(lineOf(s, "curl")).isEqualTo(6);
    assertThat(lineOf(s, "git")).isEqualTo(7);
  }

  @Test
  void theBacktickEscapeDirectiveJoinsLinesToo() throws Exception {
    ShellScript s = only("# escape=`\nFROM debian\nRUN echo a `\n  && echo b\\c `\n  && echo d\n");
    assertThat(s.commands()).hasSize(3);
    assertThat(lineOf(s, "d")).isEqualTo(5);
    assertThat(lineOf(s, "b\\c")).isEqualTo(4);
    assertThat(s.commands().get(1).arguments().get(0).literal()).contains("bc");
  }

  @Test
  void aLoneHeredocIsTheScript() throws Exception {
    ShellScript s =
        only(
            """
            # escape=`
            FROM debian
            RUN <<EOF
            set -eux
            apt-get update
            apt-get install -y curl
            EOF
            """);
    assertThat(s.commands())
        .extracting(SimpleCommand::program)
        .containsExactly("set", "apt-get", "apt-get");
    assertThat(lineOf(s, "update")).isEqualTo(5);
    assertThat(lineOf(s, "curl")).isEqualTo(6);
  }

  @Test
  void otherHeredocsFollowTheCommandLine() throws Exception {
    ShellScript s =
        only("FROM debian\nRUN cat <<EOF > /etc/x && \\\n  apt-get update\nrm -rf /\nEOF\n");
    assertThat(s.commands()).extracting(SimpleCommand::program).containsExactly("cat", "apt-get");
    assertThat(s.commands().get(0).redirects().get(0).heredoc()).contains("rm -rf /\n");
    assertThat(lineOf(s, "update")).isEqualTo(3);
  }

  @Test
  void aHeredocInAnotherLanguageIsNotParsed() throws Exception {
    ShellScript s = only("FROM python\nRUN <<EOF\n#!/usr/bin/env python3\nprint('a && b')\nEOF\n");
    assertThat(s.interpreter()).contains("python3");
    assertThat(s.commands()).isEmpty();
    assertThat(only("FROM x\nRUN <<EOF\n#!/bin/bash\necho a\nEOF\n").commands()).hasSize(1);
  }

  @Test
  void aPowerShellRunIsNotParsedAsPosixShell() throws Exception {
    List<ShellScript> s =
        scripts(
            """
            FROM windows
            RUN echo a
            SHELL ["powershell", "-Command"]
            RUN if ($a) { Write-Host 'x' }
            FROM debian
            RUN if true; then x; fi
            """);
    assertThat(s.get(0).commands()).hasSize(1);
    assertThat(s.get(1).interpreter()).contains("powershell");
    assertThat(s.get(1).commands()).isEmpty();
    assertThat(s.get(1).problems()).isEmpty();
    assertThat(s.get(2).interpreter()).isEmpty();
    assertThat(s.get(2).commands()).hasSize(2);
  }

  @Test
  void execFormWordsAreTheJsonElements() throws Exception {
    ShellScript s = only("FROM debian\n\nRUN [\"apt-get\", \"install\", \"a && b\"]\n");
    assertThat(s.commands()).hasSize(1);
    SimpleCommand c = s.commands().get(0);
    assertThat(c.program()).isEqualTo("apt-get");
    assertThat(c.arguments())
        .extracting(w -> w.literal().orElseThrow())
        .containsExactly("install", "a && b");
    assertThat(c.arguments().get(1).line()).isEqualTo(3);
  }
}
