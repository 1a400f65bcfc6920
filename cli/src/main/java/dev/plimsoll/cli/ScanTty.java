package dev.plimsoll.cli;

import dev.plimsoll.secrets.SecretFinding;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * {@code scan} for people: one row per vulnerability (package, version, id, severity, fixed
 * version, the layer that brought it and that layer's instruction), then the secrets, then what was
 * left out and why. Layers are numbered from 1, as {@code image} numbers them.
 */
final class ScanTty {
  /** Instructions are cut here; the JSON report has them whole. */
  private static final int INSTRUCTION = 60;

  private ScanTty() {}

  static void write(ScanResult r, Writer out) throws IOException {
    out.write(
        r.source()
            + r.os().map(o -> " (" + o + ")").orElse("")
            + ": "
            + r.packages()
            + " packages, "
            + r.vulnerabilities().size()
            + " vulnerabilities"
            + (r.secrets().isEmpty() ? "" : ", " + r.secrets().size() + " secrets")
            + "\n");
    if (!r.vulnerabilities().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"package", "version", "id", "severity", "fixed", "layer"});
      for (VulnerabilityMatch m : r.vulnerabilities()) {
        rows.add(
            new String[] {
              m.pkg().name(),
              m.pkg().version(),
              m.id(),
              m.severity().name().toLowerCase(Locale.ROOT),
              m.fixedVersion().orElse("-"),
              layer(m.pkg().layer()) + m.pkg().instruction().map(i -> "  " + clip(i)).orElse("")
            });
      }
      out.write("\n");
      table(rows, out);
    }
    if (!r.secrets().isEmpty()) {
      out.write("\n  secrets\n");
      for (SecretFinding s : r.secrets()) {
        out.write(
            "  "
                + s.path()
                + ":"
                + s.line()
                + "  "
                + s.severity().name().toLowerCase(Locale.ROOT)
                + "  "
                + s.title()
                + " "
                + s.excerpt()
                + (s.layer().isPresent() ? "  layer " + layer(s.layer()) : "")
                + "  ["
                + s.detector()
                + "]\n");
      }
    }
    if (!r.notes().isEmpty()) {
      out.write("\n");
      for (String n : r.notes()) {
        out.write("  note: " + Errors.oneLine(n) + "\n");
      }
    }
  }

  private static void table(List<String[]> rows, Writer out) throws IOException {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns - 1; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < columns; c++) {
        line.append(' ').append(row[c]);
        if (c < columns - 1) {
          line.append(" ".repeat(width[c] - row[c].length() + 1));
        }
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
  }

  private static String layer(OptionalInt layer) {
    return layer.isPresent() ? String.valueOf(layer.getAsInt() + 1) : "-";
  }

  private static String clip(String instruction) {
    String one = Errors.oneLine(instruction.strip());
    return one.length() > INSTRUCTION ? one.substring(0, INSTRUCTION - 3) + "..." : one;
  }
}
