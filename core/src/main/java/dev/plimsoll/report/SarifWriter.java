package dev.plimsoll.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: one SARIF 2.1.0 log with one run, valid against the OASIS schema and
 * shaped for GitHub code scanning (rules with help links and tags, relative {@code %SRCROOT%} URIs,
 * fingerprints that survive unrelated edits).
 */
public final class SarifWriter implements ReportWriter {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String INFORMATION_URI = "https://plimsoll.dev";

  /** SARIF §3.14.14: the base that relative URIs resolve against, named as GitHub expects. */
  private static final String SOURCE_ROOT = "%SRCROOT%";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public void write(Report report, Writer out, boolean color) throws IOException {
    JsonGenerator json = JsonLayout.open(out);
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    writeTool(json, report);
    json.writeStringField("columnKind", "utf16CodeUnits");
    writeResults(json, report);
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    JsonLayout.close(json, out);
  }

  private static void writeTool(JsonGenerator json, Report report) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", report.tool());
    json.writeStringField("version", report.version());
    json.writeStringField("informationUri", INFORMATION_URI);
    json.writeArrayFieldStart("rules");
    for (RuleMeta rule : report.rules()) {
      json.writeStartObject();
      json.writeStringField("id", rule.name());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", rule.summary());
      json.writeEndObject();
      json.writeStringField("helpUri", rule.helpUri());
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.severity()));
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      // GitHub shows and filters by tags; the aliases let users find DL3008 under its new name.
      List<String> tags = new ArrayList<>();
      tags.add(rule.domain().label());
      tags.addAll(rule.aliases());
      JsonLayout.stringArray(json, "tags", tags);
      JsonLayout.stringArray(json, "aliases", rule.aliases());
      json.writeStringField("severity", rule.severity().label());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResults(JsonGenerator json, Report report) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < report.rules().size(); i++) {
      ruleIndex.putIfAbsent(report.rules().get(i).name(), i);
    }
    List<String> fingerprints = Fingerprints.of(report);
    json.writeArrayFieldStart("results");
    for (int i = 0; i < report.findings().size(); i++) {
      Finding f = report.findings().get(i);
      json.writeStartObject();
      json.writeStringField("ruleId", f.rule());
      Integer index = ruleIndex.get(f.rule());
      if (index != null) {
        json.writeNumberField("ruleIndex", index);
      }
      json.writeStringField("level", level(f.severity()));
      json.writeObjectFieldStart("message");
      json.writeStringField("text", f.message());
      json.writeEndObject();
      writeLocation(json, f);
      json.writeObjectFieldStart("partialFingerprints");
      json.writeStringField("plimsoll/v1", fingerprints.get(i));
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      // SARIF has one level for info and style; keep Plimsoll's own severity too.
      json.writeStringField("severity", f.severity().label());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeLocation(JsonGenerator json, Finding f) throws IOException {
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", Locations.uri(f.file()));
    if (!Locations.absolute(f.file())) {
      json.writeStringField("uriBaseId", SOURCE_ROOT);
    }
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", Math.max(f.line(), 1));
    json.writeNumberField("startColumn", Math.max(f.column(), 1));
    json.writeNumberField("endLine", Math.max(f.endLine(), Math.max(f.line(), 1)));
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }

  /** SARIF §3.27.10 has error, warning, note and none; info and style are both notes. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "note";
    };
  }
}
