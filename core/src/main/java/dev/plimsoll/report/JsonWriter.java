package dev.plimsoll.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code --format json}: the fixed shape of {@code spec/cli.md}, keys in the spec's order. */
public final class JsonWriter implements ReportWriter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(Report report, Writer out, boolean color) throws IOException {
    JsonGenerator json = JsonLayout.open(out);
    json.writeStartObject();
    json.writeStringField("tool", report.tool());
    json.writeStringField("version", report.version());
    writeFindings(json, report.findings());
    json.writeEndObject();
    JsonLayout.close(json, out);
  }

  /** The spec's {@code findings} array; other JSON reports that carry findings reuse it. */
  public static void writeFindings(JsonGenerator json, List<Finding> findings) throws IOException {
    json.writeArrayFieldStart("findings");
    for (Finding finding : findings) {
      writeFinding(json, finding);
    }
    json.writeEndArray();
  }

  /** One finding as the spec shapes it; other JSON reports that carry findings can reuse it. */
  public static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    writeFindingFields(json, finding);
    json.writeEndObject();
  }

  /**
   * The spec's keys of one finding, in the object the caller opened: for reports that add keys of
   * their own after them (compose's {@code service}).
   */
  public static void writeFindingFields(JsonGenerator json, Finding finding) throws IOException {
    json.writeStringField("rule", finding.rule());
    JsonLayout.stringArray(json, "aliases", finding.aliases());
    json.writeStringField("severity", finding.severity().label());
    json.writeStringField("message", finding.message());
    json.writeStringField("file", finding.file());
    json.writeNumberField("line", finding.line());
    json.writeNumberField("column", finding.column());
    json.writeNumberField("endLine", finding.endLine());
  }
}
