package dev.plimsoll.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one format. One implementation per format. */
public interface ReportWriter {

  /** The name used with {@code --format}. */
  String format();

  /**
   * Writes the whole report.
   *
   * @param color true to use ANSI colours (only {@code tty} has any)
   */
  void write(Report report, Writer out, boolean color) throws IOException;
}
