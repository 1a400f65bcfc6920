package dev.plimsoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportWritersTest {

  @Test
  void formatsAreThoseOfTheCliSpecSorted() {
    assertThat(ReportWriters.formats())
        .containsExactly("checkstyle", "gitlab", "json", "junit", "sarif", "tty")
        .isSorted();
  }

  @Test
  void eachFormatFindsTheWriterThatWritesIt() {
    for (String format : ReportWriters.formats()) {
      assertThat(ReportWriters.forFormat(format))
          .get()
          .extracting(ReportWriter::format)
          .isEqualTo(format);
    }
    assertThat(ReportWriters.forFormat("html")).isEmpty();
    assertThat(ReportWriters.forFormat("JSON")).isEmpty();
  }
}
