package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ModelJson;
import dev.plimsoll.report.Report;
import dev.plimsoll.report.ReportWriter;
import dev.plimsoll.report.ReportWriters;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.LintResult;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dockerfiles built to hurt: huge, deep, binary, malformed. Each goes through everything a user can
 * ask for (decode, parse, BuildKit dump, typed model, JSON dump, lint, every report format) and
 * ends in a result or in one line naming the file. The timeout only guards against a hang; it is
 * generous for a slow shared machine and is not a performance assertion.
 */
class DockerfileHostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  /**
   * Plimsoll's own code under hostile input; ShellCheck, a separate program bounded by its own
   * timeout, would spend minutes on ten thousand RUNs (about 10 ms of CPU each).
   */
  private static final Lint LINT = new Lint(LintConfig.DEFAULT.withShellcheck(false));

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a user gets back from every command for a file that is accepted. */
  private record Outcome(SyntaxTree tree, Dockerfile model, LintResult lint) {}

  private static byte[] utf8(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Outcome accepted(byte[] bytes) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> run(bytes));
  }

  private static Outcome run(byte[] bytes) throws Exception {
    String text = DockerfileText.decode(bytes, "Dockerfile");
    SyntaxTree tree = DockerfileParser.parse("Dockerfile", text);
    assertThat(BuildkitDump.dump(tree).lines()).hasSize(tree.nodes().size());
    Dockerfile model = Dockerfile.of(tree);
    StringWriter json = new StringWriter();
    ModelJson.write(model, json);
    assertThat(JSON.readTree(json.toString()).path("instructions").size())
        .isEqualTo(model.instructions().size());
    return new Outcome(tree, model, linted(text));
  }

  /** Lint never throws; its result must survive every report format. */
  private static LintResult linted(String text) throws Exception {
    LintResult result = LINT.text("Dockerfile", text);
    Report report =
        new Report(
            "plimsoll", "0", result.findings(), result.rules(), result.files(), result.sources());
    for (ReportWriter writer : ReportWriters.all()) {
      StringWriter out = new StringWriter();
      writer.write(report, out, true);
      if (writer.format().equals("json")) {
        assertThat(JSON.readTree(out.toString()).isContainerNode()).isTrue();
      }
    }
    return result;
  }

  /** The one line the user sees; the whole pipeline up to the refusal ran under the guard. */
  private static String refused(byte[] bytes) {
    Throwable thrown =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () -> {
              try {
                run(bytes);
                return null;
              } catch (BadInputException e) {
                return e;
              }
            });
    assertThat(thrown).isInstanceOf(BadInputException.class);
    assertThat(thrown.getMessage()).doesNotContain("\n", "\r");
    return thrown.getMessage();
  }

  private static List<String> rulesFound(Outcome outcome) {
    return outcome.lint().findings().stream().map(Finding::rule).distinct().toList();
  }

  @Test
  void hundredThousandContinuationLinesMakeOneInstruction() {
    StringBuilder text = new StringBuilder("FROM alpine:3.19\nRUN true");
    for (int i = 0; i < 100_000; i++) {
      text.append(" \\\n  && echo ").append(i);
    }
    Outcome out = accepted(utf8(text.append('\n')));

    Node run = out.tree().nodes().get(1);
    assertThat(run.startLine()).isEqualTo(2);
    assertThat(run.endLine()).isEqualTo(100_002);
    assertThat(rulesFound(out)).isEmpty();
  }

  @Test
  void twentyMegabytesOfInstructions() {
    StringBuilder text = new StringBuilder("FROM alpine:3.19\n");
    String line = "RUN echo " + "x".repeat(10_000) + "\n";
    while (text.length() < 20_000_000) {
      text.append(line);
    }
    Outcome out = accepted(utf8(text));

    assertThat(out.model().instructions()).hasSize(2_000);
    assertThat(out.lint().sources().get("Dockerfile")).hasSize(2_000);
  }

  @Test
  void tenThousandHeredocs() {
    StringBuilder many = new StringBuilder("FROM alpine:3.19\n");
    StringBuilder oneRun = new StringBuilder("FROM alpine:3.19\nRUN cat");
    StringBuilder bodies = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      many.append("RUN <<EOF\necho ").append(i).append("\nEOF\n");
      oneRun.append(" <<E").append(i);
      bodies.append("body ").append(i).append("\nE").append(i).append('\n');
    }

    Outcome separate = accepted(utf8(many));
    assertThat(separate.tree().nodes()).hasSize(10_001);
    assertThat(separate.tree().nodes().get(10_000).heredocs().get(0).content())
        .isEqualTo("echo 9999\n");

    Outcome together = accepted(utf8(oneRun.append('\n').append(bodies)));
    List<Heredoc> heredocs = together.tree().nodes().get(1).heredocs();
    assertThat(heredocs).hasSize(10_000);
    assertThat(heredocs.get(9_999).startLine()).isEqualTo(2 + 2 * 9_999 + 1);
  }

  @Test
  void jsonNestedBeyondGosLimitFallsBackToShellFormWithoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Outcome out = accepted(utf8("FROM alpine:3.19\nCMD " + deep + "\nUSER 10001\n"));

    Node cmd = out.tree().nodes().get(1);
    assertThat(cmd.jsonForm()).isFalse();
    assertThat(cmd.values()).containsExactly(deep);
    assertThat(rulesFound(out)).containsExactly("json-args-recommended");

    assertThat(
            refused(
                utf8(
                    "FROM alpine:3.19\nCMD [\"a\", "
                        + "[".repeat(9_000)
                        + "]".repeat(9_000)
                        + "]\n")))
        .isEqualTo(
            "Dockerfile:2: when using JSON array syntax, arrays must be comprised of strings only");
    accepted(
        utf8("FROM alpine:3.19\nCMD [" + "{\"a\":[".repeat(50_000) + "]}".repeat(50_000) + "]\n"));
  }

  @Test
  void tenMegabyteLineWithoutNewline() {
    Outcome out = accepted(utf8("FROM alpine:3.19\nRUN echo " + "y".repeat(10_000_000)));

    assertThat(out.tree().nodes().get(1).values().get(0)).hasSize(10_000_005);
    assertThat(out.lint().sources().get("Dockerfile")).hasSize(2);
  }

  @Test
  void nulInTheMiddleIsABinaryFile() {
    byte[] bytes = utf8("FROM alpine:3.19\nRUN echo a\0b\n");

    assertThat(refused(bytes)).isEqualTo("Dockerfile:2: binary file: NUL byte at offset 27");
  }

  @Test
  void malformedUtf8IsRefusedAtItsLine() {
    byte[] loneSurrogate = {
      'F',
      'R',
      'O',
      'M',
      ' ',
      'a',
      '\n',
      'R',
      'U',
      'N',
      ' ',
      (byte) 0xED,
      (byte) 0xA0,
      (byte) 0x80,
      '\n'
    };
    byte[] overlong = {'F', 'R', 'O', 'M', ' ', (byte) 0xC0, (byte) 0xAF, '\n'};
    byte[] truncated = {'F', 'R', 'O', 'M', ' ', 'a', '\n', (byte) 0xF0, (byte) 0x9F};

    assertThat(refused(loneSurrogate))
        .isEqualTo("Dockerfile:2: not valid UTF-8: byte 0xed at offset 11");
    assertThat(refused(overlong)).isEqualTo("Dockerfile:1: not valid UTF-8: byte 0xc0 at offset 5");
    assertThat(refused(truncated))
        .isEqualTo("Dockerfile:2: not valid UTF-8: byte 0xf0 at offset 7");
  }

  @Test
  void loneSurrogatesInTextGivenToLintStillReport() throws Exception {
    // Lint takes Java strings (e.g. from an IDE), which can hold what UTF-8 bytes cannot.
    LintResult result =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> linted("FROM alpine\uD800\nLABEL x=\uDC00y\nWORKDIR \uDBFF\n"));

    assertThat(result.findings()).extracting(Finding::rule).contains("workdir-absolute");
  }

  @Test
  void aFileThatIsOnlyAByteOrderMarkIsEmpty() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    assertThat(refused(bom)).isEqualTo("Dockerfile: file is empty");
  }

  @Test
  void onbuildChainsAreRefusedAsBuildKitRefusesThem() {
    String message = "Dockerfile:2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";

    assertThat(refused(utf8("FROM a\nONBUILD ONBUILD RUN x\n"))).isEqualTo(message);
    assertThat(refused(utf8("FROM a\nONBUILD " + "onbuild ".repeat(100_000) + "RUN x\n")))
        .isEqualTo(message);
    LintResult lint = LINT.text("Dockerfile", "FROM a\nONBUILD " + "ONBUILD ".repeat(100_000));
    assertThat(lint.findings())
        .extracting(f -> f.line() + " " + f.rule() + " " + f.message())
        .containsExactly("2 syntax-error Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  }

  @Test
  void tenThousandStagesOfFiveInstructions() {
    StringBuilder text = new StringBuilder("ARG BASE=alpine:3.19\n");
    for (int i = 0; i < 10_000; i++) {
      text.append("FROM $BASE AS s").append(i).append('\n');
      text.append("ARG V").append(i).append("=1\nENV E").append(i).append("=$V").append(i);
      text.append("\nRUN echo $E").append(i).append('\n');
      text.append("COPY --from=s").append(Math.max(0, i - 1)).append(" /a /b\n");
    }
    Outcome out = accepted(utf8(text));

    assertThat(out.model().stages()).hasSize(10_000);
    assertThat(out.model().instructions()).hasSize(50_001);
    // Only stage s0's COPY --from=s0, which copies from its own stage (hadolint's DL3023).
    assertThat(rulesFound(out)).containsExactly("copy-from-other-stage");
  }
}
