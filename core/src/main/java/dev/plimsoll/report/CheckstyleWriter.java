package dev.plimsoll.report;

import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code --format checkstyle}: Checkstyle's XML report, as Jenkins' warnings plugin, reviewdog and
 * others read it (and as hadolint writes it). Every checked file has a {@code <file>} element, so
 * tools learn which files are now clean.
 */
public final class CheckstyleWriter implements ReportWriter {

  @Override
  public String format() {
    return "checkstyle";
  }

  @Override
  public void write(Report report, Writer out, boolean color) throws IOException {
    Map<String, List<Finding>> byFile = Locations.byFile(report);
    IndentedXml xml = IndentedXml.open(out);
    xml.start("checkstyle").attribute("version", "4.3");
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      if (file.getValue().isEmpty()) {
        xml.empty("file").attribute("name", file.getKey());
        continue;
      }
      xml.start("file").attribute("name", file.getKey());
      for (Finding f : file.getValue()) {
        xml.empty("error")
            .attribute("line", f.line())
            .attribute("column", f.column())
            .attribute("severity", severity(f.severity()))
            .attribute("message", f.message())
            .attribute("source", "plimsoll." + f.rule());
      }
      xml.end(true);
    }
    xml.end(true);
    xml.close();
  }

  /** Checkstyle's levels are error, warning, info (and ignore); style findings are info. */
  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "info";
    };
  }
}
