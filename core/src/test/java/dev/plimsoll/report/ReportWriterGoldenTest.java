package dev.plimsoll.report;

import dev.plimsoll.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format's output for the sample report, against its golden file. */
class ReportWriterGoldenTest {

  @ParameterizedTest(name = "{0} color={1}")
  @CsvSource({
    "tty, false, sample.tty.txt",
    "tty, true, sample.tty-color.txt",
    "json, false, sample.json",
    "sarif, false, sample.sarif.json",
    "checkstyle, false, sample.checkstyle.xml",
    "gitlab, false, sample.gitlab.json",
    "junit, false, sample.junit.xml"
  })
  void matchesGoldenFile(String format, boolean color, String golden) {
    ReportWriter writer = ReportWriters.forFormat(format).orElseThrow();
    Golden.assertMatches(
        "report/golden/" + golden, WriterOutput.of(writer, SampleReport.report(), color));
  }
}
