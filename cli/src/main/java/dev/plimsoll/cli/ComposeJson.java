package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.compose.interpolate.UnsetVariable;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.report.JsonWriter;
import dev.plimsoll.rules.compose.ComposeFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code compose --format json}: the keys {@code spec/cli.md} fixes ({@code services}, the names
 * after profiles and merging; {@code findings}, each with its {@code service}, as {@code check}
 * writes them), then more.
 */
final class ComposeJson {
  private ComposeJson() {}

  static void write(ComposeProject p, List<ComposeFinding> findings, Writer out)
      throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    JsonLayout.stringArray(g, "services", p.services().stream().map(Service::name).toList());
    writeFindings(g, findings);
    g.writeStringField("project", p.name());
    g.writeStringField("workingDir", p.workingDir());
    JsonLayout.stringArray(g, "files", p.files());
    g.writeArrayFieldStart("unsetVariables");
    for (UnsetVariable v : p.unset()) {
      g.writeStartObject();
      g.writeStringField("name", v.name());
      g.writeStringField("file", v.pos().file());
      g.writeNumberField("line", v.pos().line());
      g.writeStringField("path", v.path());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    JsonLayout.close(g, out);
  }

  /**
   * The spec's {@code findings}, each with {@code service} when it is about one service: compose's
   * JSON and check's write compose findings alike.
   */
  static void writeFindings(JsonGenerator g, List<ComposeFinding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (ComposeFinding cf : findings) {
      g.writeStartObject();
      JsonWriter.writeFindingFields(g, cf.finding());
      if (cf.service().isPresent()) {
        g.writeStringField("service", cf.service().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
