package dev.plimsoll.dockerfile.instruction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.plimsoll.dockerfile.syntax.Heredoc;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The typed model as JSON, for {@code plimsoll parse --dump json}. The keys of each instruction
 * ({@code keyword, line, endLine, flags, args, stage}) are fixed by the CLI contract; {@code stage}
 * is the stage's index, or null for the ARGs before the first FROM.
 */
public final class ModelJson {
  private ModelJson() {}

  public static void write(Dockerfile df, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("file", df.file());
      g.writeFieldName("instructions");
      g.writeStartArray();
      // One map, not df.stageOf per instruction: that scan is quadratic, and a 20 MB file of
      // short lines (467,701 instructions) had not finished after ten minutes.
      IdentityHashMap<Instruction, Stage> stageOf = new IdentityHashMap<>();
      for (Stage s : df.stages()) {
        stageOf.put(s.from(), s);
        s.instructions().forEach(i -> stageOf.put(i, s));
      }
      for (Instruction i : df.instructions()) {
        instruction(g, i, Optional.ofNullable(stageOf.get(i)));
      }
      g.writeEndArray();
      g.writeFieldName("stages");
      g.writeStartArray();
      for (Stage s : df.stages()) {
        g.writeStartObject();
        g.writeNumberField("index", s.index());
        g.writeStringField("name", s.name().orElse(null));
        g.writeStringField("image", s.from().image());
        g.writeNumberField("line", s.from().line());
        g.writeNumberField("endLine", s.instructions().isEmpty() ? s.from().endLine() : last(s));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static int last(Stage s) {
    return s.instructions().get(s.instructions().size() - 1).endLine();
  }

  private static void instruction(JsonGenerator g, Instruction i, Optional<Stage> stage)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("keyword", i.keyword());
    g.writeNumberField("line", i.line());
    g.writeNumberField("endLine", i.endLine());
    strings(g, "flags", i.node().flags());
    strings(g, "args", i.node().values());
    if (stage.isPresent()) {
      g.writeNumberField("stage", stage.get().index());
    } else {
      g.writeNullField("stage");
    }
    if (i.node().jsonForm()) {
      g.writeBooleanField("exec", true);
    }
    if (!i.node().heredocs().isEmpty()) {
      g.writeFieldName("heredocs");
      g.writeStartArray();
      for (Heredoc h : i.node().heredocs()) {
        g.writeStartObject();
        g.writeStringField("name", h.name());
        g.writeBooleanField("expand", h.expand());
        g.writeStringField("content", h.content());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (i instanceof Onbuild o) {
      g.writeFieldName("trigger");
      instruction(g, o.trigger(), Optional.empty());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
