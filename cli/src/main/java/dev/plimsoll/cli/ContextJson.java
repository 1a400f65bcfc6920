package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.context.BuildContext;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.report.JsonWriter;
import dev.plimsoll.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code context --format json}: the keys {@code spec/cli.md} fixes first, then more. */
final class ContextJson {
  private ContextJson() {}

  static void write(BuildContext ctx, boolean list, List<Finding> findings, Writer out)
      throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    g.writeNumberField("files", ctx.files());
    g.writeNumberField("bytes", ctx.bytes());
    g.writeNumberField("excludedFiles", ctx.excludedFiles());
    g.writeNumberField("excludedBytes", ctx.excludedBytes());
    g.writeArrayFieldStart("largest");
    for (BuildContext.Entry e : ctx.largest()) {
      entry(g, e);
    }
    g.writeEndArray();
    if (list) {
      JsonLayout.stringArray(g, "included", ctx.included());
    }
    if (ctx.ignoreFile().isPresent()) {
      g.writeStringField("ignoreFile", ctx.ignoreFile().get());
    } else {
      g.writeNullField("ignoreFile");
    }
    g.writeNumberField("unmeasuredFolders", ctx.unmeasuredFolders());
    g.writeArrayFieldStart("excluded");
    for (BuildContext.Entry e : ctx.excluded()) {
      entry(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("shouldExclude");
    for (BuildContext.Unexcluded u : ctx.shouldExclude()) {
      g.writeStartObject();
      g.writeStringField("path", u.path());
      g.writeStringField("kind", u.kind().label());
      g.writeBooleanField("folder", u.folder());
      g.writeNumberField("files", u.files());
      g.writeNumberField("bytes", u.bytes());
      g.writeStringField("pattern", u.pattern());
      g.writeEndObject();
    }
    g.writeEndArray();
    JsonWriter.writeFindings(g, findings);
    g.writeEndObject();
    JsonLayout.close(g, out);
  }

  private static void entry(JsonGenerator g, BuildContext.Entry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", e.path());
    g.writeNumberField("bytes", e.bytes());
    g.writeNumberField("files", e.files());
    g.writeBooleanField("folder", e.folder());
    g.writeEndObject();
  }
}
