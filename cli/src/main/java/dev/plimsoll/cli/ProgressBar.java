package dev.plimsoll.cli;

import dev.plimsoll.vulnerability.db.OsvDownload;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A download's progress on one terminal line, redrawn at most ten times a second; nothing at all
 * when the output is not a terminal (CI logs would fill with carriage returns).
 */
final class ProgressBar implements OsvDownload.Progress, AutoCloseable {
  private static final int WIDTH = 30;

  private final String label;
  private final PrintWriter err;
  private final boolean enabled;
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(String label, PrintWriter err, boolean enabled) {
    this.label = label;
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void bytes(long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDrawn < 100_000_000L && done != total) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    err.print("\r" + line(label, done, total));
    err.flush();
  }

  static String line(String label, long done, long total) {
    String size = DbStatusTty.mebibytes(done);
    if (total <= 0) {
      return label + "  " + size;
    }
    int filled = (int) Math.min(WIDTH, done * WIDTH / total);
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3d%%  %s of %s",
        label,
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        done * 100 / total,
        size,
        DbStatusTty.mebibytes(total));
  }

  @Override
  public void close() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
