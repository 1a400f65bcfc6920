package dev.plimsoll.cli;

import static dev.plimsoll.context.BuildContext.humanBytes;

import dev.plimsoll.image.files.DiveEfficiency;
import dev.plimsoll.image.files.HiddenFile;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.model.BaseSplit;
import dev.plimsoll.image.model.DiveFigures;
import dev.plimsoll.image.model.HiddenBytes;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.model.LayerSummary;
import dev.plimsoll.image.model.Leftover;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/** {@code image} for people: the figures, a row per layer, what is reclaimable, leftovers. */
final class ImageTty {
  private static final int SHOWN = 10;

  private ImageTty() {}

  static void write(ImageAnalysis a, BaseSplit split, Writer out) throws IOException {
    DiveFigures d = a.dive();
    out.write(a.image() + " (" + a.imageId() + ")\n");
    out.write(
        String.format(
            Locale.ROOT,
            "  size %s (your layers %s), compressed %s; efficiency %.2f%%; wasted %s (%.2f%% of"
                + " your layers); reclaimable %s%n",
            humanBytes(d.sizeBytes()),
            humanBytes(d.userSizeBytes()),
            humanBytes(a.compressedSize()),
            d.efficiency() * 100,
            humanBytes(d.wastedBytes()),
            d.userWastedPercent() * 100,
            humanBytes(a.reclaimable().bytes())));
    out.write(baseLine(split));
    out.write("\n  layer      size  compressed   share  instruction\n");
    for (LayerSummary l : a.layers()) {
      if (l.index() == split.baseLayers() && l.index() > 0) {
        out.write("  ----- your layers -----\n");
      }
      double share = d.sizeBytes() == 0 ? 0 : (double) l.contentSize() / d.sizeBytes();
      out.write(
          String.format(
              Locale.ROOT,
              "  %5d  %8s  %10s  %5.1f%%  %s%n",
              l.index() + 1,
              humanBytes(l.contentSize()),
              humanBytes(l.compressedSize()),
              share * 100,
              instruction(l.createdBy())));
    }
    if (!a.reclaimable().byLayers().isEmpty()) {
      out.write("\n  reclaimable: stored by one layer, hidden by a later one\n");
      for (HiddenBytes h : a.reclaimable().byLayers().stream().limit(SHOWN).toList()) {
        out.write(
            String.format(
                Locale.ROOT,
                "  %8s  layer %d `%s` hides what layer %d `%s` stored%n",
                humanBytes(h.bytes()),
                h.hiddenIn() + 1,
                instruction(h.hiddenBy()),
                h.storedIn() + 1,
                instruction(h.storedBy())));
        for (HiddenFile f : h.largest().stream().limit(3).toList()) {
          out.write(
              String.format(
                  Locale.ROOT,
                  "  %8s    /%s (%s)%n",
                  humanBytes(f.size()),
                  f.path(),
                  f.how().name().toLowerCase(Locale.ROOT)));
        }
      }
    }
    if (!a.leftovers().isEmpty()) {
      out.write("\n  leftovers in the final file system\n");
      for (Leftover l : a.leftovers()) {
        out.write(
            String.format(
                Locale.ROOT,
                "  %8s  %s: %s (%d files)%n",
                humanBytes(l.bytes()),
                l.what(),
                l.location(),
                l.files()));
      }
    }
    if (!d.inefficiencies().isEmpty()) {
      out.write("\n  paths in more than one layer (dive)\n   count     total  path\n");
      for (DiveEfficiency.Inefficiency i : d.inefficiencies().stream().limit(SHOWN).toList()) {
        out.write(
            String.format(
                Locale.ROOT,
                "  %6d  %8s  /%s%n",
                i.count(),
                humanBytes(i.cumulativeSize()),
                i.path()));
      }
    }
  }

  /** Which layers are the base's, how that is known, and what your own layers weigh. */
  static String baseLine(BaseSplit split) {
    String basis =
        switch (split.basis()) {
          case GIVEN -> split.baseImage().orElse("given");
          case HISTORY -> "from the history";
          case FIRST_LAYER -> "the first layer, as dive has it";
        };
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "  base (%s): %d %s, %s; your layers: %d, %s (compressed %s), reclaimable %s%n",
                basis,
                split.base().layers(),
                split.base().layers() == 1 ? "layer" : "layers",
                humanBytes(split.base().bytes()),
                split.own().layers(),
                humanBytes(split.own().bytes()),
                humanBytes(split.own().compressedBytes()),
                humanBytes(split.ownReclaimableBytes())));
    if (split.baseBytesHidden() > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "  your layers hide %s of the base's files; they still ship: only another base"
                  + " drops them%n",
              humanBytes(split.baseBytesHidden())));
    }
    return b.toString();
  }

  private static String instruction(Optional<String> createdBy) {
    return HistoryEntry.instruction(createdBy.orElse(""), 70);
  }
}
