package dev.plimsoll.inventory;

import java.util.StringJoiner;

/** An inventory as text, one package a line, for golden files and failure messages. */
final class Listing {
  private Listing() {}

  static String of(Inventory inventory) {
    StringBuilder out = new StringBuilder();
    inventory
        .os()
        .ifPresent(
            os ->
                out.append("os ")
                    .append(os.id())
                    .append(' ')
                    .append(os.versionId().orElse("-"))
                    .append(' ')
                    .append(os.codename().orElse("-"))
                    .append(" \"")
                    .append(os.prettyName().orElse(""))
                    .append("\"\n"));
    for (FoundPackage p : inventory.packages()) {
      out.append(line(p)).append('\n');
    }
    for (String s : inventory.skipped()) {
      out.append("skipped ").append(s).append('\n');
    }
    return out.toString();
  }

  static String line(FoundPackage p) {
    StringJoiner line = new StringJoiner("  ");
    line.add(p.purl());
    line.add(p.ecosystem() + " " + p.name() + " " + p.version());
    p.source().ifPresent(s -> line.add("source " + s.name() + " " + s.version()));
    if (!p.licenses().isEmpty()) {
      line.add("licenses " + String.join(", ", p.licenses()));
    }
    line.add("at " + p.path());
    p.layer().ifPresent(l -> line.add("layer " + l));
    p.instruction().ifPresent(i -> line.add("by " + i));
    return line.toString();
  }
}
