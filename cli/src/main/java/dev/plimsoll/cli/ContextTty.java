package dev.plimsoll.cli;

import static dev.plimsoll.context.BuildContext.humanBytes;

import dev.plimsoll.context.BuildContext;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** {@code context} on a terminal: totals, then the lists, most important first. */
final class ContextTty {
  private static final int SHOWN = 10;

  private ContextTty() {}

  static void write(BuildContext ctx, boolean list, Writer out) throws IOException {
    out.write("Build context " + ctx.root() + "\n");
    out.write("  ignore file  " + ctx.ignoreFile().orElse("none") + "\n");
    out.write(
        "  sent         "
            + ContextCommand.count(ctx.files(), "files")
            + ", "
            + humanBytes(ctx.bytes())
            + "\n");
    out.write(
        "  excluded     "
            + ContextCommand.count(ctx.excludedFiles(), "files")
            + ", "
            + humanBytes(ctx.excludedBytes())
            + (ctx.unmeasuredFolders() > 0
                ? ", and " + ctx.unmeasuredFolders() + " folders not measured"
                : "")
            + "\n");
    if (!ctx.shouldExclude().isEmpty()) {
      out.write("\nSent, and should be excluded (add these lines to .dockerignore):\n");
      for (BuildContext.Unexcluded u : ctx.shouldExclude()) {
        out.write(
            row(u.bytes(), u.path() + (u.folder() ? "/" : ""))
                + "  "
                + u.kind().description()
                + "\n");
      }
    }
    if (!ctx.excluded().isEmpty()) {
      out.write("\nExcluded:\n");
      for (BuildContext.Entry e :
          ctx.excluded().subList(0, Math.min(SHOWN, ctx.excluded().size()))) {
        out.write(row(e.bytes(), e.path() + (e.folder() ? "/" : "")) + "\n");
      }
      if (ctx.excluded().size() > SHOWN) {
        out.write("  … and " + (ctx.excluded().size() - SHOWN) + " more\n");
      }
    }
    if (!ctx.largest().isEmpty()) {
      out.write("\nLargest entries sent:\n");
      for (BuildContext.Entry e : ctx.largest()) {
        out.write(row(e.bytes(), e.path() + (e.folder() ? "/" : "")) + "\n");
      }
    }
    if (list) {
      out.write("\nFiles sent:\n");
      for (String f : ctx.included()) {
        out.write("  " + f + "\n");
      }
    }
    out.write("\n");
  }

  private static String row(long bytes, String path) {
    return String.format(Locale.ROOT, "  %10s  %s", humanBytes(bytes), path);
  }
}
