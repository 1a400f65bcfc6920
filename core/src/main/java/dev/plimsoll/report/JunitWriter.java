package dev.plimsoll.report;

import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code --format junit}: JUnit XML as Jenkins, GitLab and most CI servers read it (the Ant
 * schema's {@code testsuites/testsuite/testcase/failure}). Each finding is a failing test case
 * named for its rule and line, with the file as class name; each checked file without findings is
 * one passing test case, so a clean run still shows what was checked.
 */
public final class JunitWriter implements ReportWriter {

  /** The name of the passing test case of a file without findings. */
  static final String CLEAN = "no findings";

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public void write(Report report, Writer out, boolean color) throws IOException {
    Map<String, List<Finding>> byFile = Locations.byFile(report);
    int clean = (int) byFile.values().stream().filter(List::isEmpty).count();
    int tests = clean + report.findings().size();
    int failures = report.findings().size();

    IndentedXml xml = IndentedXml.open(out);
    xml.start("testsuites").attribute("name", report.tool());
    counts(xml, tests, failures);
    xml.start("testsuite").attribute("name", report.tool());
    counts(xml, tests, failures);
    xml.attribute("skipped", 0);
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      if (file.getValue().isEmpty()) {
        xml.empty("testcase").attribute("classname", file.getKey()).attribute("name", CLEAN);
      }
      for (Finding f : file.getValue()) {
        writeFailure(xml, report, f);
      }
    }
    xml.end(true);
    xml.end(true);
    xml.close();
  }

  private static void writeFailure(IndentedXml xml, Report report, Finding f) throws IOException {
    xml.start("testcase")
        .attribute("classname", f.file())
        .attribute("name", f.rule() + " (line " + f.line() + ")");
    xml.start("failure")
        .attribute("message", f.message())
        .attribute("type", f.severity().label())
        .text(body(report, f))
        .end(false);
    xml.end(true);
  }

  private static void counts(IndentedXml xml, int tests, int failures) throws IOException {
    xml.attribute("tests", tests).attribute("failures", failures).attribute("errors", 0);
  }

  /** What a CI server shows when the test case is opened: where, what, and where to read more. */
  private static List<String> body(Report report, Finding f) {
    List<String> lines = new ArrayList<>();
    String aliases = f.aliases().isEmpty() ? "" : " [" + String.join(", ", f.aliases()) + "]";
    lines.add(
        f.file()
            + ":"
            + f.line()
            + ":"
            + f.column()
            + ": "
            + f.severity().label()
            + " "
            + f.rule()
            + aliases);
    lines.add(f.message());
    lines.addAll(Locations.instruction(report, f));
    for (RuleMeta rule : report.rules()) {
      if (rule.name().equals(f.rule())) {
        lines.add("See " + rule.helpUri());
        break;
      }
    }
    return lines;
  }
}
