package dev.plimsoll.cli;

import static dev.plimsoll.cli.HtmlPage.figure;
import static dev.plimsoll.cli.HtmlPage.text;

import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.secrets.SecretFinding;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import dev.plimsoll.vulnerability.severity.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code scan --format html}: one self-contained page (see {@link HtmlPage}) with a row per
 * vulnerability and per secret, and the notes. Needs no script: every row is in the markup, so the
 * page reads the same in a mail client or a CI artefact viewer that runs none. Layers count from 1,
 * as the tty table and {@code image --format html} count them; secrets show their redacted excerpt
 * only, as every other format does.
 */
final class ScanHtml {
  private static final int INSTRUCTION = 90;

  private ScanHtml() {}

  static void write(ScanResult r, Writer out) throws IOException {
    HtmlPage.begin(out, "plimsoll scan " + r.source());
    summary(r, out);
    vulnerabilities(r.vulnerabilities(), out);
    secrets(r.secrets(), out);
    if (!r.notes().isEmpty()) {
      out.write("<section id=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
      for (String n : r.notes()) {
        out.write("<li>" + text(n) + "</li>\n");
      }
      out.write("</ul>\n</section>\n");
    }
    HtmlPage.end(out);
  }

  private static void summary(ScanResult r, Writer out) throws IOException {
    out.write("<header>\n<h1>" + text(r.source()) + "</h1>\n<dl class=\"figures\">\n");
    if (r.os().isPresent()) {
      figure(out, "os", r.os().get());
    }
    figure(out, "packages", String.valueOf(r.packages()));
    figure(out, "vulnerabilities", String.valueOf(r.vulnerabilities().size()));
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    r.vulnerabilities().forEach(m -> counts.merge(m.severity(), 1, Integer::sum));
    Severity[] all = Severity.values();
    for (int i = all.length - 1; i >= 0; i--) { // critical first
      Severity s = all[i];
      if (counts.containsKey(s)) {
        figure(out, name(s), String.valueOf(counts.get(s)));
      }
    }
    figure(out, "secrets", String.valueOf(r.secrets().size()));
    out.write("</dl>\n</header>\n");
  }

  private static void vulnerabilities(List<VulnerabilityMatch> matches, Writer out)
      throws IOException {
    out.write("<section id=\"vulnerabilities\">\n<h2>Vulnerabilities</h2>\n");
    if (matches.isEmpty()) {
      out.write("<p>No vulnerabilities.</p>\n</section>\n");
      return;
    }
    out.write("<table class=\"vulnerabilities\">\n<tr><th>severity</th><th>id</th>");
    out.write("<th>package</th><th>installed</th><th>fixed</th><th>layer</th>");
    out.write("<th>instruction</th></tr>\n");
    for (VulnerabilityMatch m : matches) {
      String severity = name(m.severity());
      out.write("<tr class=\"v-" + severity + "\"><td>" + severity + "</td><td>");
      out.write("<a class=\"vid\" href=\"" + text(m.page()) + "\">" + text(m.id()) + "</a>");
      if (!m.aliases().isEmpty()) {
        out.write(" <span class=\"aliases\">" + text(String.join(", ", m.aliases())) + "</span>");
      }
      if (!m.summary().isBlank()) {
        out.write("<div class=\"how\">" + text(m.summary()) + "</div>");
      }
      out.write(
          "</td><td>"
              + text(m.pkg().name())
              + " <span class=\"how\">"
              + text(m.ecosystem())
              + "</span></td><td>"
              + text(m.pkg().version())
              + "</td><td>"
              + text(m.fixedVersion().orElse("no fix"))
              + "</td>"
              + layerCells(m.pkg().layer(), m.pkg().instruction())
              + "</tr>\n");
    }
    out.write("</table>\n</section>\n");
  }

  private static void secrets(List<SecretFinding> secrets, Writer out) throws IOException {
    out.write("<section id=\"secrets\">\n<h2>Secrets</h2>\n");
    if (secrets.isEmpty()) {
      out.write("<p>No secrets.</p>\n</section>\n");
      return;
    }
    out.write("<table class=\"secrets\">\n<tr><th>severity</th><th>rule</th><th>path</th>");
    out.write("<th>line</th><th>layer</th><th>value</th></tr>\n");
    for (SecretFinding s : secrets) {
      String severity = s.severity().name().toLowerCase(Locale.ROOT);
      out.write(
          "<tr class=\"v-"
              + severity
              + "\"><td>"
              + severity
              + "</td><td>"
              + text(s.detector())
              + " <span class=\"how\">"
              + text(s.title())
              + "</span></td><td>"
              + text(s.path())
              + "</td><td class=\"num\">"
              + s.line()
              + "</td><td class=\"num\">"
              + layer(s.layer())
              + "</td><td><code>"
              + text(s.excerpt())
              + "</code></td></tr>\n");
    }
    out.write("</table>\n</section>\n");
  }

  /** The layer, from 1, and its instruction shortened, whole in the cell's title. */
  private static String layerCells(OptionalInt layer, Optional<String> instruction) {
    String full = instruction.orElse("");
    return "<td class=\"num\">"
        + layer(layer)
        + "</td><td title=\""
        + text(full)
        + "\"><code>"
        + text(HistoryEntry.instruction(full, INSTRUCTION))
        + "</code></td>";
  }

  private static String layer(OptionalInt layer) {
    return layer.isPresent() ? String.valueOf(layer.getAsInt() + 1) : "-";
  }

  private static String name(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
