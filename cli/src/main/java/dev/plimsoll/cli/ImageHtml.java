package dev.plimsoll.cli;

import static dev.plimsoll.cli.HtmlPage.figure;
import static dev.plimsoll.cli.HtmlPage.text;
import static dev.plimsoll.context.BuildContext.humanBytes;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.image.files.DiveEfficiency.Inefficiency;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.image.files.HiddenFile;
import dev.plimsoll.image.files.LayerView.Row;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.model.BaseSplit;
import dev.plimsoll.image.model.DiveFigures;
import dev.plimsoll.image.model.HiddenBytes;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.model.LayerSummary;
import dev.plimsoll.image.model.Leftover;
import dev.plimsoll.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code image --format html}: one self-contained page with the layers as a bar chart, a file tree
 * per layer, the waste and the findings.
 *
 * <p>Size stays bounded by the image's metadata, not by layers times files: the tree goes in as
 * JSON, each layer's changes only (the paths it added, changed or removed, with their folders), and
 * the page's script stacks them up to the chosen layer and draws a folder's rows when it is opened,
 * at most 1000 per folder with a line saying how many more there are (image-tree.js).
 */
final class ImageHtml {
  private static final int BAR_WIDTH = 360;
  private static final int ROW = 24;
  private static final int SHOWN = 20;

  private ImageHtml() {}

  static void write(ImageAnalysis a, BaseSplit split, List<Finding> findings, Writer out)
      throws IOException {
    HtmlPage.begin(out, "plimsoll image " + a.image());
    summary(a, split, out);
    layers(a, out);
    files(a, out);
    waste(a, out);
    findings(findings, out);
    HtmlPage.end(out, "image-tree.js");
  }

  private static void summary(ImageAnalysis a, BaseSplit split, Writer out) throws IOException {
    DiveFigures d = a.dive();
    out.write("<header>\n<h1>" + text(a.image()) + "</h1>\n");
    out.write("<p class=\"id\">" + text(a.imageId()) + "</p>\n<dl class=\"figures\">\n");
    figure(out, "size", humanBytes(d.sizeBytes()) + " (" + d.sizeBytes() + " bytes)");
    figure(out, "your layers", humanBytes(d.userSizeBytes()));
    figure(out, "compressed", humanBytes(a.compressedSize()));
    figure(out, "efficiency", String.format(Locale.ROOT, "%.2f%%", d.efficiency() * 100));
    figure(
        out,
        "wasted (dive)",
        String.format(
            Locale.ROOT,
            "%s (%d bytes, %.2f%% of your layers)",
            humanBytes(d.wastedBytes()),
            d.wastedBytes(),
            d.userWastedPercent() * 100));
    figure(
        out,
        "reclaimable",
        humanBytes(a.reclaimable().bytes()) + " (" + a.reclaimable().bytes() + " bytes)");
    out.write("</dl>\n<p class=\"base\">" + text(ImageTty.baseLine(split).strip()) + "</p>\n");
    out.write("</header>\n");
  }

  /** A horizontal bar per layer, drawn as inline SVG: no script is needed to see it. */
  private static void layers(ImageAnalysis a, Writer out) throws IOException {
    List<LayerSummary> layers = a.layers();
    long largest = layers.stream().mapToLong(LayerSummary::contentSize).max().orElse(0);
    int height = ROW * layers.size() + 4;
    out.write("<section id=\"layers\">\n<h2>Layers</h2>\n");
    out.write(
        "<svg class=\"bars\" role=\"img\" aria-label=\"layer sizes\" viewBox=\"0 0 1200 "
            + height
            + "\" width=\"1200\" height=\""
            + height
            + "\">\n");
    for (LayerSummary l : layers) {
      int y = ROW * l.index() + 2;
      long width = largest == 0 ? 0 : Math.max(1, l.contentSize() * BAR_WIDTH / largest);
      String instruction = l.createdBy().orElse("");
      out.write("<g class=\"bar\" data-layer=\"" + l.index() + "\">");
      out.write("<title>" + text("layer " + (l.index() + 1) + ": " + instruction) + "</title>");
      out.write(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\">%d</text><rect x=\"40\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
              y + 16,
              l.index() + 1,
              y + 3,
              width,
              ROW - 6));
      out.write(
          String.format(
              Locale.ROOT,
              "<text class=\"size\" x=\"%d\" y=\"%d\">%s</text>",
              50 + BAR_WIDTH,
              y + 16,
              text(humanBytes(l.contentSize()))));
      out.write(
          String.format(
              Locale.ROOT,
              "<text class=\"instruction\" x=\"%d\" y=\"%d\">%s</text></g>\n",
              130 + BAR_WIDTH,
              y + 16,
              text(HistoryEntry.instruction(instruction, 90))));
    }
    out.write("</svg>\n</section>\n");
  }

  private static void files(ImageAnalysis a, Writer out) throws IOException {
    out.write("<section id=\"files\">\n<h2>Files</h2>\n<p class=\"controls\"><label>layer ");
    out.write("<select id=\"layer-picker\">\n");
    for (LayerSummary l : a.layers()) {
      out.write(
          "<option value=\""
              + l.index()
              + "\">"
              + text(
                  (l.index() + 1)
                      + " · "
                      + humanBytes(l.contentSize())
                      + " · "
                      + HistoryEntry.instruction(l.createdBy().orElse(""), 70))
              + "</option>\n");
    }
    out.write("</select></label> <label><input type=\"checkbox\" id=\"changes-only\">");
    out.write(" only what this layer changed</label>");
    out.write(
        " <span class=\"legend\"><span class=\"m-added\">+ added</span> <span"
            + " class=\"m-changed\">~ changed</span> <span class=\"m-removed\">- removed</span>"
            + "</span></p>\n");
    out.write("<noscript><p>The file tree needs JavaScript; the rest of the page does not.</p>");
    out.write("</noscript>\n<div id=\"tree\" class=\"tree\"></div>\n");
    HtmlPage.data(out, "tree-data", g -> treeData(a, g));
    out.write("</section>\n");
  }

  /** {@code [[path, mark, permissions, owner, size, name], ...]} per layer, changes only. */
  private static void treeData(ImageAnalysis a, JsonGenerator g) throws IOException {
    g.writeStartArray();
    IOException[] failed = new IOException[1];
    a.files()
        .forEachLayer(
            view -> {
              try {
                g.writeStartArray();
                for (Row r : view.changes()) {
                  FileNode f = r.file();
                  g.writeStartArray();
                  g.writeString(f.path());
                  g.writeString(r.mark().symbol());
                  g.writeString(ImageTree.permissions(f));
                  g.writeString(f.uid() + ":" + f.gid());
                  g.writeString(humanBytes(r.size()));
                  g.writeString(ImageTree.display(f));
                  g.writeEndArray();
                }
                g.writeEndArray();
              } catch (IOException e) {
                failed[0] = e;
              }
            });
    if (failed[0] != null) {
      throw failed[0];
    }
    g.writeEndArray();
  }

  private static void waste(ImageAnalysis a, Writer out) throws IOException {
    out.write("<section id=\"waste\">\n<h2>Waste</h2>\n");
    out.write(
        "<p>Reclaimable: <strong id=\"reclaimable\">"
            + text(humanBytes(a.reclaimable().bytes()))
            + "</strong>, stored by one layer and hidden by a later one. Wasted, as dive counts it"
            + " (every copy of a path in two or more layers): <strong id=\"wasted\">"
            + text(humanBytes(a.dive().wastedBytes()))
            + "</strong>.</p>\n");
    if (!a.reclaimable().byLayers().isEmpty()) {
      out.write("<table class=\"reclaimable\">\n<tr><th>bytes</th><th>stored by</th>");
      out.write("<th>hidden by</th><th>largest paths</th></tr>\n");
      for (HiddenBytes h : a.reclaimable().byLayers()) {
        StringBuilder paths = new StringBuilder();
        for (HiddenFile f : h.largest().stream().limit(3).toList()) {
          paths.append(
              String.format(
                  Locale.ROOT,
                  "<div>/%s <span class=\"how\">%s, %s</span></div>",
                  text(f.path()),
                  f.how().name().toLowerCase(Locale.ROOT),
                  humanBytes(f.size())));
        }
        out.write(
            "<tr><td class=\"num\">"
                + text(humanBytes(h.bytes()))
                + "</td><td>"
                + layerCell(h.storedIn(), h.storedBy())
                + "</td><td>"
                + layerCell(h.hiddenIn(), h.hiddenBy())
                + "</td><td>"
                + paths
                + "</td></tr>\n");
      }
      out.write("</table>\n");
    }
    List<Inefficiency> paths = a.dive().inefficiencies();
    if (!paths.isEmpty()) {
      out.write("<h3>Paths in more than one layer (dive)</h3>\n<table class=\"inefficiencies\">");
      out.write("\n<tr><th>count</th><th>total</th><th>path</th></tr>\n");
      for (Inefficiency i : paths.stream().limit(SHOWN).toList()) {
        out.write(
            String.format(
                Locale.ROOT,
                "<tr><td class=\"num\">%d</td><td class=\"num\">%s</td><td>/%s</td></tr>%n",
                i.count(),
                text(humanBytes(i.cumulativeSize())),
                text(i.path())));
      }
      out.write("</table>\n");
    }
    if (!a.leftovers().isEmpty()) {
      out.write("<h3>Leftovers in the final file system</h3>\n<table class=\"leftovers\">\n");
      out.write(
          "<tr><th>bytes</th><th>what</th><th>where</th><th>files</th><th>layers</th></tr>\n");
      for (Leftover l : a.leftovers()) {
        out.write(
            String.format(
                Locale.ROOT,
                "<tr><td class=\"num\">%s</td><td>%s</td><td>/%s</td><td class=\"num\">%d</td>"
                    + "<td>%s</td></tr>%n",
                text(humanBytes(l.bytes())),
                text(l.what()),
                text(l.location()),
                l.files(),
                text(
                    l.layers().stream()
                        .map(i -> String.valueOf(i + 1))
                        .collect(java.util.stream.Collectors.joining(", ")))));
      }
      out.write("</table>\n");
    }
    out.write("</section>\n");
  }

  private static String layerCell(int layer, Optional<String> instruction) {
    return "layer "
        + (layer + 1)
        + " <code>"
        + text(HistoryEntry.instruction(instruction.orElse(""), 90))
        + "</code>";
  }

  private static void findings(List<Finding> findings, Writer out) throws IOException {
    out.write("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (findings.isEmpty()) {
      out.write("<p>No findings.</p>\n</section>\n");
      return;
    }
    out.write("<table class=\"findings\">\n<tr><th>severity</th><th>rule</th><th>message</th>");
    out.write("<th title=\"1 is also the image as a whole\">layer</th></tr>\n");
    for (Finding f : findings) {
      String severity = f.severity().name().toLowerCase(Locale.ROOT);
      String rule =
          f.rule() + (f.aliases().isEmpty() ? "" : " [" + String.join(", ", f.aliases()) + "]");
      out.write(
          "<tr class=\"s-"
              + severity
              + "\"><td>"
              + severity
              + "</td><td>"
              + text(rule)
              + "</td><td>"
              + text(f.message())
              + "</td><td class=\"num\">"
              + f.line()
              + "</td></tr>\n");
    }
    out.write("</table>\n</section>\n");
  }
}
