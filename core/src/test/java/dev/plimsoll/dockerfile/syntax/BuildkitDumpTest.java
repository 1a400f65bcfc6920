package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dump's quoting follows Go's strconv.Quote; expected values are what Go prints. */
class BuildkitDumpTest {

  static Stream<Arguments> goQuotes() {
    return Stream.of(
        Arguments.of("plain", "\"plain\""),
        Arguments.of("tab\there", "\"tab\\there\""),
        Arguments.of("quote\" back\\", "\"quote\\\" back\\\\\""),
        Arguments.of(
            "bell\u0007 vt\u000b ff\f cr\r nl\n bs\b", "\"bell\\a vt\\v ff\\f cr\\r nl\\n bs\\b\""),
        Arguments.of("esc\u001b del\u007f", "\"esc\\x1b del\\x7f\""),
        Arguments.of("nbsp\u00a0 shy\u00ad", "\"nbsp\\u00a0 shy\\u00ad\""),
        Arguments.of("한국어 ünï €", "\"한국어 ünï €\""),
        Arguments.of("emoji \uD83D\uDE00", "\"emoji \uD83D\uDE00\""),
        Arguments.of("private \uDB80\uDC00", "\"private \\U000f0000\""),
        Arguments.of("line sep\u2028", "\"line sep\\u2028\""));
  }

  @ParameterizedTest
  @MethodSource("goQuotes")
  void quotesLikeGo(String value, String expected) {
    assertThat(GoQuote.quote(value)).isEqualTo(expected);
  }

  @Test
  void flagsPrintAsGoQuotedList() {
    assertThat(GoQuote.quoteList(List.of("--from=build", "--chmod=\"7\"")))
        .isEqualTo("[\"--from=build\" \"--chmod=\\\"7\\\"\"]");
  }

  @Test
  void nonAsciiFlagsAreReadByteWiseAsBuildkitDoes() throws Exception {
    SyntaxTree tree = DockerfileParser.parse("Dockerfile", "FROM a\nCOPY --chown=josé a b\n");

    assertThat(tree.nodes().get(1).flags()).containsExactly("--chown=josÃ©");
  }

  @Test
  void dumpShowsEnvTriplesJsonFallbackAndEmptyExecForm() throws Exception {
    SyntaxTree tree =
        DockerfileParser.parse(
            "Dockerfile",
            "FROM a\nENV A=1 B=\"2 3\"\nCMD [\"unterminated\"\nENTRYPOINT []\nHEALTHCHECK NONE\n");

    assertThat(BuildkitDump.dump(tree))
        .isEqualTo(
            """
            (from "a")
            (env "A" "1" "=" "B" "\\"2 3\\"" "=")
            (cmd "[\\"unterminated\\"")
            (entrypoint)
            (healthcheck "NONE")
            """);
    assertThat(tree.nodes().get(2).jsonForm()).isFalse();
    assertThat(tree.nodes().get(3).jsonForm()).isTrue();
  }

  @Test
  void jsonEscapesAreDecodedLikeGo() throws Exception {
    SyntaxTree tree =
        DockerfileParser.parse(
            "Dockerfile", "FROM a\nCMD [\"\\u00e9\\n\", \"\\ud83d\\ude00\", \"\\ud800x\"]\n");

    assertThat(tree.nodes().get(1).values()).containsExactly("é\n", "\uD83D\uDE00", "\uFFFDx");
  }

  @Test
  void jsonThatGoRefusesFallsBackToShellForm() throws Exception {
    for (String args : List.of("[\"a\",]", "[01]", "[\"a\"] x", "['a']", "[\"a\tb\"]")) {
      Node cmd = DockerfileParser.parse("Dockerfile", "FROM a\nCMD " + args + "\n").nodes().get(1);
      assertThat(cmd.jsonForm()).as(args).isFalse();
      assertThat(cmd.values()).as(args).containsExactly(args);
    }
  }
}
