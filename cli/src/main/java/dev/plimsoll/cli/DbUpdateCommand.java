package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.vulnerability.db.ImportSource;
import dev.plimsoll.vulnerability.db.OsvDownload;
import dev.plimsoll.vulnerability.db.VulnerabilityDb;
import dev.plimsoll.vulnerability.osv.Ecosystem;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plimsoll db update}: download osv.dev's exports and import them. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Download BASE/ECOSYSTEM/all.zip for each ecosystem (osv.dev's layout), resuming a"
          + " download that was cut off, check its length and MD5, then import it as db import"
          + " does. Without --ecosystem: the ecosystems already in the database, else "
          + DbUpdateCommand.DEFAULTS_TEXT
          + "."
    })
final class DbUpdateCommand implements Callable<Integer> {
  static final String DEFAULT_URL = "https://osv-vulnerabilities.storage.googleapis.com";

  /** The ecosystems Plimsoll has version comparers for. */
  static final List<String> DEFAULTS =
      List.of("Alpine", "Debian", "Go", "Maven", "PyPI", "RubyGems", "crates.io", "npm");

  static final String DEFAULTS_TEXT = "Alpine, Debian, Go, Maven, PyPI, RubyGems, crates.io, npm";

  @Option(
      names = "--url",
      paramLabel = "BASE",
      defaultValue = DEFAULT_URL,
      description = "Where the exports are; default: ${DEFAULT-VALUE}.")
  String url;

  @Option(
      names = "--ecosystem",
      paramLabel = "E",
      description =
          "An OSV ecosystem to fetch, as osv.dev names it: Go, PyPI, Debian:12 (repeatable).")
  List<String> ecosystems = new ArrayList<>();

  @Mixin DbOption db;

  @Mixin OutputTarget tty;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException {
    Path path = db.path();
    Set<String> wanted = new LinkedHashSet<>(ecosystems);
    if (wanted.isEmpty()) {
      try (VulnerabilityDb opened = VulnerabilityDb.openOrCreate(path)) {
        opened.status().ecosystems().keySet().forEach(e -> wanted.add(Ecosystem.parse(e).base()));
      }
      if (wanted.isEmpty()) {
        wanted.addAll(DEFAULTS);
      }
    }
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    Path downloads = path.resolveSibling(path.getFileName() + ".downloads");
    OsvDownload download = OsvDownload.create();
    PrintWriter out = spec.commandLine().getOut();
    List<ImportSource> sources = new ArrayList<>();
    for (String ecosystem : wanted) {
      URI uri = uri(base, ecosystem);
      Path target = downloads.resolve(ecosystem.replaceAll("[^A-Za-z0-9._-]", "_") + "-all.zip");
      OsvDownload.Result r;
      try (ProgressBar bar =
          new ProgressBar(ecosystem, spec.commandLine().getErr(), tty.toTerminal())) {
        r = download.fetch(uri, target, bar);
      }
      out.println(
          ecosystem
              + ": "
              + DbStatusTty.mebibytes(r.bytes())
              + " from "
              + uri
              + (r.resumedFrom() > 0 ? ", resumed at " + r.resumedFrom() + " bytes" : "")
              + (r.checks().isEmpty() ? "" : ", " + String.join(" and ", r.checks()) + " checked"));
      out.flush();
      sources.add(new ImportSource(r.file(), uri.toString()));
    }
    int code = DbImportCommand.run(spec, path, sources);
    for (ImportSource s : sources) {
      Files.deleteIfExists(s.path());
    }
    return code;
  }

  private static URI uri(String base, String ecosystem) throws BadInputException {
    try {
      // Ecosystem names hold spaces and colons ("Rocky Linux:8"); the path segment is encoded.
      return URI.create(
          base
              + "/"
              + URLEncoder.encode(ecosystem, StandardCharsets.UTF_8).replace("+", "%20")
              + "/all.zip");
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--url", "not a URL: " + base);
    }
  }
}
