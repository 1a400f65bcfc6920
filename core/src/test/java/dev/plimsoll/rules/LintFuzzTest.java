package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.report.Report;
import dev.plimsoll.report.ReportWriter;
import dev.plimsoll.report.ReportWriters;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Any text: linting never throws (a file that does not parse is a {@code syntax-error} finding),
 * every finding points at a line of the file, and every report format can write the result; the
 * JSON report reads back as JSON.
 */
class LintFuzzTest {

  /**
   * Without ShellCheck: a process per input would slow the fuzzer a hundredfold; the mapping of
   * ShellCheck's positions is checked over the whole gold corpus instead (ShellCheckCorpusTest).
   */
  private static final Lint LINT = new Lint(LintConfig.DEFAULT.withShellcheck(false));

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The bytes are read as UTF-8 with replacement, so that seeds are plain Dockerfiles. */
  @FuzzTest(maxDuration = "25s")
  void lintsAndReports(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    LintResult result = LINT.text("Dockerfile", text);

    int lineCount = Math.max(1, result.sources().get("Dockerfile").size());
    for (Finding f : result.findings()) {
      assertThat(f.line()).as("line of %s", f).isBetween(1, lineCount);
      assertThat(f.endLine()).as("end line of %s", f).isBetween(f.line(), lineCount);
      assertThat(f.message()).as("message of %s", f).doesNotContain("\n");
    }
    Report report =
        new Report(
            "plimsoll",
            "0.0.0-fuzz",
            result.findings(),
            result.rules(),
            result.files(),
            result.sources());
    for (ReportWriter writer : ReportWriters.all()) {
      StringWriter out = new StringWriter();
      writer.write(report, out, true);
      if (writer.format().equals("json")) {
        JsonNode parsed = JSON.readTree(out.toString());
        assertThat(parsed).isNotNull();
      }
    }
  }
}
