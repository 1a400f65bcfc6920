package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.vulnerability.db.DbStatus;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** {@code db status --format json}: the keys {@code spec/cli.md} fixes first, then more. */
final class DbStatusJson {
  private DbStatusJson() {}

  static void write(DbStatus s, Instant now, Writer out) throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    g.writeNumberField("advisories", s.advisories());
    g.writeObjectFieldStart("ecosystems");
    for (Map.Entry<String, Long> e : s.ecosystems().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    if (s.builtAt().isPresent()) {
      g.writeStringField("builtAt", s.builtAt().get().toString());
      g.writeNumberField("ageSeconds", Duration.between(s.builtAt().get(), now).toSeconds());
    } else {
      g.writeNullField("builtAt");
      g.writeNullField("ageSeconds");
    }
    g.writeNumberField("withdrawn", s.withdrawn());
    if (s.newestModified().isPresent()) {
      g.writeStringField("newestModified", s.newestModified().get().toString());
    } else {
      g.writeNullField("newestModified");
    }
    g.writeStringField("path", s.path().toString());
    g.writeNumberField("sizeBytes", s.sizeBytes());
    g.writeArrayFieldStart("sources");
    for (DbStatus.Source src : s.sources()) {
      g.writeStartObject();
      g.writeStringField("source", src.source());
      g.writeStringField("importedAt", src.importedAt().toString());
      g.writeNumberField("records", src.records());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    JsonLayout.close(g, out);
  }
}
