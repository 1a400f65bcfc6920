package dev.plimsoll.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Runs a writer into a string. */
final class WriterOutput {

  private WriterOutput() {}

  static String of(ReportWriter writer, Report report, boolean color) {
    StringWriter out = new StringWriter();
    try {
      writer.write(report, out, color);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String of(ReportWriter writer, Report report) {
    return of(writer, report, false);
  }
}
