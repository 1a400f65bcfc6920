package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.context.cache.CacheHistory;
import dev.plimsoll.context.cache.CachePrediction;
import dev.plimsoll.context.cache.CacheStep;
import dev.plimsoll.context.cache.CacheVerdict;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.report.JsonWriter;
import dev.plimsoll.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/** {@code cache --format json}: the keys {@code spec/cli.md} fixes first, then more. */
final class CacheJson {
  private CacheJson() {}

  static void write(
      String dockerfile,
      String change,
      CachePrediction p,
      List<String> notes,
      List<Finding> findings,
      Writer out)
      throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    g.writeArrayFieldStart("steps");
    for (CacheVerdict v : p.verdicts()) {
      CacheStep s = v.step();
      g.writeStartObject();
      g.writeNumberField("line", s.line());
      g.writeStringField("instruction", s.text());
      g.writeStringField("stage", stage(s));
      g.writeBooleanField("cached", v.cached());
      g.writeNumberField("endLine", s.instruction().endLine());
      g.writeStringField("progress", s.progressLabel());
      reason(g, v.reason());
      if (!v.cached()) {
        g.writeBooleanField("cause", v.cause());
        g.writeBooleanField("certain", v.certain());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    Optional<CacheVerdict> first = p.firstInvalidated();
    if (first.isPresent()) {
      g.writeObjectFieldStart("firstInvalidated");
      g.writeNumberField("line", first.get().step().line());
      g.writeStringField("instruction", first.get().step().text());
      reason(g, first.get().reason());
      g.writeEndObject();
    } else {
      g.writeNullField("firstInvalidated");
    }
    g.writeStringField("dockerfile", dockerfile);
    g.writeStringField("change", change);
    g.writeNumberField("rebuilt", p.rebuilt());
    g.writeNumberField("total", p.steps());
    JsonLayout.stringArray(g, "notes", notes);
    JsonWriter.writeFindings(g, findings);
    g.writeEndObject();
    JsonLayout.close(g, out);
  }

  /** The stage as {@code parse --dump json} names it: its name, else its index. */
  static String stage(CacheStep s) {
    String label = s.stageLabel();
    return label.isEmpty() || label.equals("stage-" + s.stageIndex())
        ? Integer.toString(s.stageIndex())
        : label;
  }

  private static void reason(JsonGenerator g, Optional<String> reason) throws IOException {
    if (reason.isPresent()) {
      g.writeStringField("reason", reason.get());
    } else {
      g.writeNullField("reason");
    }
  }

  static void history(List<CacheHistory.Report> reports, Writer out) throws IOException {
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    g.writeArrayFieldStart("dockerfiles");
    for (CacheHistory.Report r : reports) {
      dockerfile(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
    JsonLayout.close(g, out);
  }

  private static void dockerfile(JsonGenerator g, CacheHistory.Report r) throws IOException {
    g.writeStartObject();
    g.writeStringField("dockerfile", r.dockerfile());
    g.writeNumberField("requested", r.requested());
    g.writeNumberField("commits", r.commits());
    g.writeNumberField("skipped", r.skipped());
    figures(g, "current", r.current());
    g.writeArrayFieldStart("culprits");
    for (CacheHistory.Culprit c : r.culprits()) {
      g.writeStartObject();
      g.writeNumberField("line", c.line());
      g.writeStringField("instruction", c.instruction());
      g.writeNumberField("commits", c.commits());
      g.writeNumberField("rebuilt", c.rebuilt());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (r.suggestion().isPresent() && r.suggested().isPresent()) {
      g.writeObjectFieldStart("suggestion");
      JsonLayout.stringArray(g, "moves", r.suggestion().get().moves());
      g.writeStringField("dockerfile", r.suggestion().get().text());
      figures(g, "figures", r.suggested().get());
      g.writeNumberField("stepsSaved", r.current().rebuilt() - r.suggested().get().rebuilt());
      g.writeNumberField(
          "installsSaved", r.current().installsRerun() - r.suggested().get().installsRerun());
      g.writeEndObject();
    } else {
      g.writeNullField("suggestion");
    }
    g.writeEndObject();
  }

  private static void figures(JsonGenerator g, String name, CacheHistory.Figures f)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("steps", f.steps());
    g.writeNumberField("rebuilt", f.rebuilt());
    g.writeNumberField("rebuiltShare", Math.round(f.share() * 10000) / 10000.0);
    g.writeNumberField("installsRerun", f.installsRerun());
    g.writeNumberField("untouchedCommits", f.untouched());
    g.writeEndObject();
  }
}
