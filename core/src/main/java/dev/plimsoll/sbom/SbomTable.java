package dev.plimsoll.sbom;

import dev.plimsoll.inventory.FoundPackage;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages as a table for people: name, version, type (the purl type), and in an image the
 * layer that added each, numbered from 1 as {@code plimsoll image} numbers its layers.
 */
final class SbomTable {
  private SbomTable() {}

  static void write(Sbom sbom, Writer out) throws IOException {
    boolean image = sbom.subject() instanceof SbomSubject.Image;
    if (sbom.inventory().os().isPresent()) {
      var os = sbom.inventory().os().get();
      out.write(
          "OS: "
              + os.prettyName().orElse(os.id() + os.versionId().map(v -> " " + v).orElse(""))
              + "\n");
    }
    List<FoundPackage> packages = sbom.inventory().packages();
    if (packages.isEmpty()) {
      out.write("No packages found in " + sbom.subject().name() + ".\n");
      out.flush();
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(
        image
            ? new String[] {"NAME", "VERSION", "TYPE", "LAYER"}
            : new String[] {"NAME", "VERSION", "TYPE"});
    for (FoundPackage p : packages) {
      String type = p.ecosystem().purlType();
      rows.add(
          image
              ? new String[] {
                p.name(),
                p.version(),
                type,
                p.layer().isPresent() ? Integer.toString(p.layer().getAsInt() + 1) : "-"
              }
              : new String[] {p.name(), p.version(), type});
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
    out.write(packages.size() + (packages.size() == 1 ? " package\n" : " packages\n"));
    out.flush();
  }
}
