package dev.plimsoll.cli;

import dev.plimsoll.vulnerability.db.DbStatus;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** {@code db status} for people: counts per ecosystem, and how old the data is. */
final class DbStatusTty {
  private DbStatusTty() {}

  static void write(DbStatus s, Instant now, Writer out) throws IOException {
    out.write(
        String.format(
            Locale.ROOT,
            "Vulnerability database %s (%s)%n",
            s.path(),
            DbStatusTty.mebibytes(s.sizeBytes())));
    out.write(
        "Built: "
            + s.builtAt().map(t -> t + " (" + age(Duration.between(t, now)) + ")").orElse("never")
            + "\n");
    out.write(
        String.format(
            Locale.ROOT,
            "%d advisories, %d of them withdrawn%s%n",
            s.advisories(),
            s.withdrawn(),
            s.newestModified().map(t -> "; newest record modified " + t).orElse("")));
    int width = s.ecosystems().keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Long> e : s.ecosystems().entrySet()) {
      out.write(String.format(Locale.ROOT, "  %-" + width + "s  %8d%n", e.getKey(), e.getValue()));
    }
    if (!s.sources().isEmpty()) {
      out.write("Sources:\n");
      for (DbStatus.Source src : s.sources()) {
        out.write(
            String.format(
                Locale.ROOT,
                "  %s: %d records, imported %s%n",
                src.source(),
                src.records(),
                age(Duration.between(src.importedAt(), now))));
      }
    }
    out.flush();
  }

  /** A size in MiB, or KiB below one MiB (a small export would read "0.0 MiB"). */
  static String mebibytes(long bytes) {
    return bytes < 1 << 20
        ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
  }

  /** "3 days ago": the age users compare against their freshness policy. */
  static String age(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 1) {
      return "just now";
    }
    if (minutes < 120) {
      return minutes + (minutes == 1 ? " minute ago" : " minutes ago");
    }
    long hours = d.toHours();
    if (hours < 48) {
      return hours + " hours ago";
    }
    return d.toDays() + " days ago";
  }
}
