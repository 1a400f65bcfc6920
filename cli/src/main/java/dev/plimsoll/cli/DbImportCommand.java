package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.vulnerability.db.ImportListener;
import dev.plimsoll.vulnerability.db.ImportResult;
import dev.plimsoll.vulnerability.db.ImportSource;
import dev.plimsoll.vulnerability.db.VulnerabilityDb;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plimsoll db import FILE...}: OSV files, folders and zips into the database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import OSV advisories: JSON files, folders of them (searched recursively) and zips of them"
          + " such as osv.dev's ECOSYSTEM/all.zip. Incremental: a record replaces the stored one"
          + " only when its 'modified' time is later. All or nothing: the import is one"
          + " transaction, and an interrupted one leaves the old data.",
      "A file that is not valid OSV is skipped with one line naming it; the rest is imported and"
          + " the exit code is 2."
    })
final class DbImportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "OSV JSON files, folders, zips.")
  List<Path> files;

  @Mixin DbOption db;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws BadInputException {
    return run(spec, db.path(), files.stream().map(ImportSource::of).toList());
  }

  /** Imports and reports; shared with {@code db update}. */
  static int run(picocli.CommandLine.Model.CommandSpec spec, Path path, List<ImportSource> sources)
      throws BadInputException {
    long started = System.nanoTime();
    ImportResult r;
    try (VulnerabilityDb db = VulnerabilityDb.openOrCreate(path)) {
      r = db.importFrom(sources, ImportListener.NONE);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "imported %d records into %s in %.1f s: %d new, %d updated, %d unchanged, %d skipped%n",
        r.read(),
        path,
        (System.nanoTime() - started) / 1e9,
        r.added(),
        r.replaced(),
        r.unchanged(),
        r.skipped().size());
    out.flush();
    return skipped(spec, r.skipped());
  }

  /** One line per skipped file (the first 20), then exit code 2 if any. */
  static int skipped(picocli.CommandLine.Model.CommandSpec spec, List<BadInputException> skipped) {
    PrintWriter err = spec.commandLine().getErr();
    int shown = Math.min(skipped.size(), 20);
    for (BadInputException e : skipped.subList(0, shown)) {
      err.println("error: " + Errors.oneLine(e.getMessage()) + " (skipped)");
    }
    if (skipped.size() > shown) {
      err.println("error: " + (skipped.size() - shown) + " more files skipped");
    }
    err.flush();
    return skipped.isEmpty() ? 0 : Errors.BAD_INPUT;
  }
}
