package dev.plimsoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TtyWriterTest {

  @Test
  void withoutColourThereIsNoEscapeCharacterEvenFromTheDockerfile() {
    String text = WriterOutput.of(new TtyWriter(), SampleReport.report(), false);

    assertThat(text).doesNotContain("\u001b");
    assertThat(text).contains("  1 | \\u001B[31mFROM alpine:3.20");
  }

  @Test
  void withColourSeveritiesAreColoured() {
    String text = WriterOutput.of(new TtyWriter(), SampleReport.report(), true);

    assertThat(text)
        .contains("\u001b[1;31merror\u001b[0m")
        .contains("\u001b[33mwarning\u001b[0m")
        .contains("\u001b[36minfo\u001b[0m")
        .contains("\u001b[35mstyle\u001b[0m");
    // The escape in the Dockerfile is still shown, not obeyed.
    assertThat(text).contains("\\u001B[31mFROM alpine");
  }

  @Test
  void longInstructionShowsThreeLinesAndCountsTheRest() {
    String text = WriterOutput.of(new TtyWriter(), SampleReport.report(), false);

    assertThat(text)
        .contains(
            """
            Dockerfile:3 warning apt-pin-versions [DL3008]
              Pin versions in apt-get install: curl, ca-certificates
              3 | RUN apt-get update \\
              4 |     && apt-get install -y \\
              5 |         curl \\
                | ... 2 more lines
            """);
  }

  @Test
  void findingWithoutSourceHasNoExcerpt() {
    Report report =
        new Report(
            "plimsoll",
            "0.1.0",
            List.of(SampleReport.finding(SampleReport.NO_SUDO, "no sudo", "Dockerfile", 4, 4)),
            List.of(),
            List.of("Dockerfile"),
            Map.of());

    assertThat(WriterOutput.of(new TtyWriter(), report, false))
        .isEqualTo(
            """
            Dockerfile:4 error no-sudo [DL3004]
              no sudo

            1 finding in 1 file: 1 error
            """);
  }

  @Test
  void summaries() {
    assertThat(TtyWriter.summary(SampleReport.clean())).isEqualTo("No findings in 1 file.");
    assertThat(TtyWriter.summary(SampleReport.report()))
        .isEqualTo("6 findings in 2 of 3 files: 1 error, 3 warnings, 1 info, 1 style");
    assertThat(WriterOutput.of(new TtyWriter(), SampleReport.clean(), true))
        .isEqualTo("No findings in 1 file.\n");
  }
}
