package dev.plimsoll.cli;

import dev.plimsoll.context.cache.CacheHistory;
import dev.plimsoll.context.cache.CachePrediction;
import dev.plimsoll.context.cache.CacheVerdict;
import dev.plimsoll.report.Report;
import dev.plimsoll.report.TtyWriter;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.LintResult;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** {@code cache} for people: each step, cached or why not, then the advice. */
final class CacheTty {
  private CacheTty() {}

  static void write(
      String dockerfile, String change, CachePrediction p, List<String> notes, Writer out)
      throws IOException {
    out.write(
        dockerfile + ": " + p.rebuilt() + " of " + p.steps() + " steps rebuilt " + change + "\n");
    for (String n : notes) {
      out.write("  note: " + n + "\n");
    }
    int width = 0;
    for (CacheVerdict v : p.verdicts()) {
      width = Math.max(width, v.step().progressLabel().length());
    }
    for (CacheVerdict v : p.verdicts()) {
      String label = String.format(Locale.ROOT, "%-" + width + "s", v.step().progressLabel());
      out.write(
          "  "
              + label
              + " "
              + (v.cached() ? "cached " : "REBUILT")
              + "  line "
              + v.step().line()
              + ": "
              + v.step().shortText(100)
              + "\n");
      if (v.reason().isPresent()) {
        out.write("  " + " ".repeat(width) + "          " + v.reason().get() + "\n");
      }
    }
    if (p.firstInvalidated().isPresent()) {
      CacheVerdict f = p.firstInvalidated().get();
      out.write(
          "first invalidated: line "
              + f.step().line()
              + " `"
              + f.step().shortText(100)
              + "`: "
              + f.reason().orElse("")
              + "\n");
    } else {
      out.write("every step is cached\n");
    }
  }

  static void findings(LintResult advice, List<Finding> findings, Writer out) throws IOException {
    if (findings.isEmpty()) {
      return;
    }
    List<RuleMeta> ran =
        CacheCommand.ADVICE.stream()
            .map(RuleCatalog::find)
            .flatMap(java.util.Optional::stream)
            .toList();
    out.write("\n");
    new TtyWriter()
        .write(
            new Report(
                "plimsoll",
                VersionProvider.version(),
                findings,
                ran,
                advice.files(),
                advice.sources()),
            out,
            false);
  }

  static void history(CacheHistory.Report r, Writer out) throws IOException {
    CacheHistory.Figures f = r.current();
    out.write(
        r.dockerfile()
            + ": "
            + r.commits()
            + " commits replayed"
            + (r.commits() + r.skipped() < r.requested()
                ? " (the history holds "
                    + (r.commits() + r.skipped())
                    + " of the "
                    + r.requested()
                    + " asked for)"
                : "")
            + (r.skipped() > 0
                ? " (" + r.skipped() + " skipped: no Dockerfile or it did not parse)"
                : "")
            + "\n");
    out.write(
        String.format(
            Locale.ROOT,
            "  steps rebuilt: %d of %d (%.1f%%); dependency installs rerun: %d; commits with"
                + " nothing rebuilt: %d%n",
            f.rebuilt(),
            f.steps(),
            f.share() * 100,
            f.installsRerun(),
            f.untouched()));
    if (!r.culprits().isEmpty()) {
      out.write("  first step rebuilt, by rebuilds caused:\n");
      for (CacheHistory.Culprit c : r.culprits().subList(0, Math.min(5, r.culprits().size()))) {
        out.write(
            String.format(
                Locale.ROOT,
                "    line %d `%s`: first in %d commit%s, %d steps rebuilt%n",
                c.line(),
                c.instruction(),
                c.commits(),
                c.commits() == 1 ? "" : "s",
                c.rebuilt()));
      }
    }
    if (r.suggestion().isPresent() && r.suggested().isPresent()) {
      CacheHistory.Figures s = r.suggested().get();
      out.write("  suggested order:\n");
      for (String m : r.suggestion().get().moves()) {
        out.write("    - " + m + "\n");
      }
      out.write(
          String.format(
              Locale.ROOT,
              "  with it: steps rebuilt %d of %d (%.1f%%), dependency installs rerun %d: %d"
                  + " installs saved%n",
              s.rebuilt(),
              s.steps(),
              s.share() * 100,
              s.installsRerun(),
              f.installsRerun() - s.installsRerun()));
    } else {
      out.write("  no reordering to suggest\n");
    }
  }
}
