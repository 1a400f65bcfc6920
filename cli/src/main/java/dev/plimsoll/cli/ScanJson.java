package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.report.JsonWriter;
import dev.plimsoll.secrets.SecretFinding;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code scan --format json}: the keys {@code spec/cli.md} fixes, then more. {@code layer} is the
 * layer's index from 0, as {@code image --format json} numbers its {@code layers}; null for a
 * folder.
 */
final class ScanJson {
  private ScanJson() {}

  static void write(ScanResult r, Writer out) throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    g.writeStringField("source", r.source());
    g.writeArrayFieldStart("vulnerabilities");
    for (VulnerabilityMatch m : r.vulnerabilities()) {
      g.writeStartObject();
      g.writeStringField("id", m.id());
      JsonLayout.stringArray(g, "aliases", m.aliases());
      g.writeStringField("package", m.pkg().name());
      g.writeStringField("version", m.pkg().version());
      g.writeStringField("ecosystem", m.ecosystem());
      g.writeStringField("purl", m.pkg().purl());
      optional(g, "fixedVersion", m.fixedVersion());
      g.writeStringField("severity", m.severity().name().toLowerCase(Locale.ROOT));
      layer(g, m.pkg().layer());
      optional(g, "instruction", m.pkg().instruction());
      g.writeStringField("path", m.pkg().path());
      g.writeStringField("matchedName", m.matchedName());
      g.writeStringField("matchedVersion", m.matchedVersion());
      optional(g, "cvss", m.cvss());
      g.writeStringField("summary", m.summary());
      g.writeStringField("url", m.page());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("secrets");
    for (SecretFinding s : r.secrets()) {
      g.writeStartObject();
      g.writeStringField("rule", s.detector());
      g.writeStringField("path", s.path());
      g.writeNumberField("line", s.line());
      layer(g, s.layer());
      g.writeStringField("title", s.title());
      g.writeStringField("severity", s.severity().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("column", s.column());
      g.writeStringField("excerpt", s.excerpt());
      g.writeEndObject();
    }
    g.writeEndArray();
    JsonWriter.writeFindings(g, ScanFindings.findings(r));
    g.writeNumberField("packages", r.packages());
    optional(g, "os", r.os());
    JsonLayout.stringArray(g, "notes", r.notes());
    g.writeEndObject();
    JsonLayout.close(g, out);
  }

  private static void optional(JsonGenerator g, String key, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    } else {
      g.writeNullField(key);
    }
  }

  private static void layer(JsonGenerator g, OptionalInt layer) throws IOException {
    if (layer.isPresent()) {
      g.writeNumberField("layer", layer.getAsInt());
    } else {
      g.writeNullField("layer");
    }
  }
}
