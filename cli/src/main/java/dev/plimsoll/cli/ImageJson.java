package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.image.files.DiveEfficiency;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.image.files.HiddenFile;
import dev.plimsoll.image.model.BaseSplit;
import dev.plimsoll.image.model.DiveFigures;
import dev.plimsoll.image.model.HiddenBytes;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.model.LayerSummary;
import dev.plimsoll.image.model.Leftover;
import dev.plimsoll.json.JsonLayout;
import dev.plimsoll.report.JsonWriter;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.image.DiveGates;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/** {@code image --format json}: the keys {@code spec/cli.md} fixes first, then more. */
final class ImageJson {
  private static final int INEFFICIENCIES = 20;

  private ImageJson() {}

  static void write(
      ImageAnalysis a,
      BaseSplit split,
      Optional<DiveGates> gates,
      List<Finding> findings,
      boolean list,
      Optional<ImageTree> tree,
      Writer out)
      throws IOException {
    DiveFigures d = a.dive();
    JsonGenerator g = JsonLayout.open(out);
    g.writeStartObject();
    g.writeStringField("tool", "plimsoll");
    g.writeStringField("version", VersionProvider.version());
    g.writeNumberField("sizeBytes", d.sizeBytes());
    g.writeNumberField("userSizeBytes", d.userSizeBytes());
    g.writeNumberField("efficiency", d.efficiency());
    g.writeNumberField("wastedBytes", d.wastedBytes());
    g.writeNumberField("userWastedPercent", d.userWastedPercent());
    g.writeNumberField("reclaimableBytes", a.reclaimable().bytes());
    g.writeArrayFieldStart("layers");
    for (LayerSummary l : a.layers()) {
      g.writeStartObject();
      g.writeStringField("digest", l.digest());
      g.writeNumberField("sizeBytes", l.contentSize());
      g.writeNumberField("compressedBytes", l.compressedSize());
      g.writeStringField("createdBy", l.createdBy().orElse(""));
      g.writeNumberField("index", l.index());
      g.writeStringField("diffId", l.diffId().orElse(""));
      g.writeNumberField("tarBytes", l.uncompressedSize());
      g.writeNumberField("files", l.fileCount());
      g.writeEndObject();
    }
    g.writeEndArray();
    JsonWriter.writeFindings(g, findings);
    g.writeStringField("image", a.image());
    g.writeStringField("imageId", a.imageId());
    g.writeNumberField("compressedBytes", a.compressedSize());
    g.writeNumberField("uncompressedBytes", a.uncompressedSize());
    writeSplit(g, split);
    g.writeArrayFieldStart("reclaimable");
    for (HiddenBytes h : a.reclaimable().byLayers()) {
      g.writeStartObject();
      g.writeNumberField("bytes", h.bytes());
      g.writeNumberField("entries", h.entries());
      g.writeNumberField("storedIn", h.storedIn());
      g.writeStringField("storedBy", h.storedBy().orElse(""));
      g.writeNumberField("hiddenIn", h.hiddenIn());
      g.writeStringField("hiddenBy", h.hiddenBy().orElse(""));
      g.writeArrayFieldStart("largest");
      for (HiddenFile f : h.largest()) {
        g.writeStartObject();
        g.writeStringField("path", "/" + f.path());
        g.writeNumberField("bytes", f.size());
        g.writeStringField("how", f.how().name().toLowerCase(java.util.Locale.ROOT));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("leftovers");
    for (Leftover l : a.leftovers()) {
      g.writeStartObject();
      g.writeStringField("kind", l.kind().label());
      g.writeStringField("what", l.what());
      g.writeStringField("path", "/" + l.location());
      g.writeNumberField("bytes", l.bytes());
      g.writeNumberField("files", l.files());
      g.writeArrayFieldStart("layers");
      for (int i : l.layers()) {
        g.writeNumber(i);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("inefficiencies");
    for (DiveEfficiency.Inefficiency i :
        d.inefficiencies().stream().limit(INEFFICIENCIES).toList()) {
      g.writeStartObject();
      g.writeStringField("path", "/" + i.path());
      g.writeNumberField("count", i.count());
      g.writeNumberField("cumulativeBytes", i.cumulativeSize());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (list) {
      g.writeArrayFieldStart("files");
      for (FileNode n : a.files().visible()) {
        g.writeStartObject();
        g.writeStringField("path", "/" + n.path());
        g.writeStringField("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("bytes", n.size());
        g.writeStringField("mode", String.format(java.util.Locale.ROOT, "%04o", n.mode()));
        g.writeNumberField("uid", n.uid());
        g.writeNumberField("gid", n.gid());
        g.writeNumberField("layer", n.changedIn());
        if (n.linkTarget().isPresent()) {
          g.writeStringField("target", n.linkTarget().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (tree.isPresent()) {
      tree.get().writeJson(g);
    }
    if (gates.isPresent()) {
      g.writeObjectFieldStart("gates");
      DiveGates t = gates.get();
      if (t.lowestEfficiency().isPresent()) {
        g.writeNumberField("lowestEfficiency", t.lowestEfficiency().getAsDouble());
      }
      if (t.highestWastedBytes().isPresent()) {
        g.writeNumberField("highestWastedBytes", t.highestWastedBytes().getAsLong());
      }
      if (t.highestUserWastedPercent().isPresent()) {
        g.writeNumberField("highestUserWastedPercent", t.highestUserWastedPercent().getAsDouble());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    JsonLayout.close(g, out);
  }

  private static void writeSplit(JsonGenerator g, BaseSplit split) throws IOException {
    g.writeObjectFieldStart("base");
    g.writeStringField("basis", split.basis().name().toLowerCase(java.util.Locale.ROOT));
    if (split.baseImage().isPresent()) {
      g.writeStringField("image", split.baseImage().get());
    }
    writeSide(g, split.base());
    g.writeNumberField("hiddenByYourLayersBytes", split.baseBytesHidden());
    g.writeEndObject();
    g.writeObjectFieldStart("own");
    writeSide(g, split.own());
    g.writeNumberField("reclaimableBytes", split.ownReclaimableBytes());
    g.writeEndObject();
  }

  private static void writeSide(JsonGenerator g, BaseSplit.Side side) throws IOException {
    g.writeNumberField("layers", side.layers());
    g.writeNumberField("sizeBytes", side.bytes());
    g.writeNumberField("compressedBytes", side.compressedBytes());
    g.writeNumberField("files", side.files());
  }
}
