package dev.plimsoll.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code --format gitlab}: a GitLab Code Quality report, the JSON array of Code Climate issues that
 * GitLab reads from {@code artifacts:reports:codequality}. GitLab needs {@code description}, {@code
 * check_name}, {@code fingerprint}, {@code severity}, {@code location.path} and {@code
 * location.lines.begin}; the fingerprint is how it tells new findings in a merge request from old
 * ones, so it must not change when unrelated lines move the finding (see {@link Fingerprints}).
 */
public final class GitlabWriter implements ReportWriter {

  @Override
  public String format() {
    return "gitlab";
  }

  @Override
  public void write(Report report, Writer out, boolean color) throws IOException {
    List<String> fingerprints = Fingerprints.of(report);
    JsonGenerator json = JsonLayout.open(out);
    json.writeStartArray();
    for (int i = 0; i < report.findings().size(); i++) {
      Finding f = report.findings().get(i);
      json.writeStartObject();
      json.writeStringField("type", "issue");
      json.writeStringField("description", f.message());
      json.writeStringField("check_name", f.rule());
      json.writeStringField("fingerprint", fingerprints.get(i));
      json.writeStringField("severity", severity(f.severity()));
      json.writeObjectFieldStart("location");
      json.writeStringField("path", Locations.slashed(f.file()));
      json.writeObjectFieldStart("lines");
      json.writeNumberField("begin", f.line());
      json.writeNumberField("end", Math.max(f.endLine(), f.line()));
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    JsonLayout.close(json, out);
  }

  /**
   * GitLab's scale is info, minor, major, critical, blocker. The four severities keep their order
   * and stay apart. An error is critical, not blocker: whether a finding blocks a merge is {@code
   * --fail-on}'s decision, made in the pipeline, not the report's.
   */
  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "critical";
      case WARNING -> "major";
      case INFO -> "minor";
      case STYLE -> "info";
    };
  }
}
