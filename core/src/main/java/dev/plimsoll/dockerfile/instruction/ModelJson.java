package dev.plimsoll.dockerfile.instruction;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.dockerfile.syntax.Heredoc;
import dev.plimsoll.dockerfile.syntax.Node;
import dev.plimsoll.json.JsonLayout;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The typed model as JSON, for {@code plimsoll parse --dump json}. The keys of each instruction
 * ({@code keyword, line, endLine, flags, args, stage}) are fixed by the CLI contract; {@code stage}
 * is the stage's index, or null for the ARGs before the first FROM. {@code args} are BuildKit's
 * argument values as the parser left them (unexpanded); {@code expanded}, present only on the
 * instructions BuildKit expands, holds the arguments after expansion ({@link ExpandedArgs}). The
 * layout is the report writers' (two-space indent, {@code "key": value}, {@code []} when empty,
 * final newline), shared with the reports through {@link JsonLayout}.
 */
public final class ModelJson {
  private ModelJson() {}

  /** Writes {@code df} to {@code out}, which stays open. */
  public static void write(Dockerfile df, Writer out) throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("file", df.file());
    g.writeArrayFieldStart("instructions");
    for (Instruction i : df.instructions()) {
      Optional<Integer> stage = df.stageOf(i).map(Stage::index);
      node(g, i.node(), stage);
      Optional<List<String>> expanded = ExpandedArgs.of(df, i);
      if (expanded.isPresent()) {
        // Present exactly where BuildKit's dispatcher expands variables: what it would use.
        strings(g, "expanded", expanded.get());
      }
      if (i instanceof Onbuild o) {
        g.writeFieldName("trigger");
        node(g, i.node().child().orElseThrow(), stage);
        if (o.triggerProblem().isPresent()) {
          g.writeStringField("problem", o.triggerProblem().get());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stages");
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
    JsonLayout.close(g, out);
  }

  private static int last(Stage s) {
    return s.instructions().get(s.instructions().size() - 1).endLine();
  }

  /** Opens the instruction's object and writes its fields; the caller closes it. */
  private static void node(JsonGenerator g, Node n, Optional<Integer> stage) throws IOException {
    g.writeStartObject();
    g.writeStringField("keyword", n.keyword().toUpperCase(Locale.ROOT));
    g.writeNumberField("line", n.startLine());
    g.writeNumberField("endLine", n.endLine());
    strings(g, "flags", n.flags());
    strings(g, "args", args(n));
    if (stage.isPresent()) {
      g.writeNumberField("stage", stage.get());
    } else {
      g.writeNullField("stage");
    }
    if (n.jsonForm()) {
      g.writeBooleanField("exec", true);
    }
    if (!n.heredocs().isEmpty()) {
      g.writeArrayFieldStart("heredocs");
      for (Heredoc h : n.heredocs()) {
        g.writeStartObject();
        g.writeStringField("name", h.name());
        g.writeBooleanField("expand", h.expand());
        g.writeStringField("content", h.content());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /** BuildKit's nodeArgs: an ONBUILD's arguments are its trigger's keyword and arguments. */
  private static List<String> args(Node n) {
    if (n.child().isEmpty()) {
      return n.values();
    }
    List<String> args = new ArrayList<>();
    args.add(n.child().get().keyword());
    args.addAll(args(n.child().get()));
    return args;
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    JsonLayout.stringArray(g, name, values);
  }
}
