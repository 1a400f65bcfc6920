package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.model.BaseSplit;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.inventory.Inventory;
import dev.plimsoll.inventory.OsRelease;
import dev.plimsoll.report.Report;
import dev.plimsoll.rules.FailOn;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.sbom.CycloneDxReader;
import dev.plimsoll.sbom.CycloneDxVulnerabilities;
import dev.plimsoll.sbom.Sbom;
import dev.plimsoll.sbom.SbomSubject;
import dev.plimsoll.secrets.FolderSecrets;
import dev.plimsoll.secrets.SecretConfig;
import dev.plimsoll.secrets.SecretFinding;
import dev.plimsoll.secrets.SecretScanner;
import dev.plimsoll.vulnerability.db.DbStatus;
import dev.plimsoll.vulnerability.db.VulnerabilityDb;
import dev.plimsoll.vulnerability.ignore.IgnoreList;
import dev.plimsoll.vulnerability.match.MatchFilter;
import dev.plimsoll.vulnerability.match.MatchResult;
import dev.plimsoll.vulnerability.match.Matcher;
import dev.plimsoll.vulnerability.severity.Severity;
import dev.plimsoll.vulnerability.vex.OpenVex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code plimsoll scan SOURCE}: known vulnerabilities and secrets in an image or a folder. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    modelTransformer = ReportFormats.class,
    description = {
      "Known vulnerabilities (from the local database: plimsoll db import/update) and secrets in"
          + " an image or a folder, each with the layer and instruction that brought it in.",
      "SOURCE: docker-archive:PATH, oci-archive:PATH, oci:DIR, registry:REF, docker:REF, a .tar,"
          + " a folder (a root file system or a project checkout), or a CycloneDX JSON SBOM"
          + " (sbom:PATH, or a path to a .json file).",
      "Exit code 1 when a finding is at or above --fail-on: critical and high vulnerabilities are"
          + " errors, medium warnings, low and unknown info."
    })
final class ScanCommand implements Callable<Integer>, ReportFormats.Own {
  private static final String SBOM = "sbom:";

  @Parameters(paramLabel = "SOURCE", description = "The image, folder or SBOM.")
  String source;

  @Mixin ImageSourceOptions image;

  @Mixin DbOption db;

  @Option(
      names = "--severity",
      paramLabel = "LIST",
      split = ",",
      description = "Report only these: unknown, low, medium, high, critical (comma-separated).")
  List<String> severity = new ArrayList<>();

  @Option(names = "--ignore-unfixed", description = "Leave out vulnerabilities without a fix.")
  boolean ignoreUnfixed;

  @Option(
      names = "--ignore-base",
      description =
          "Leave out vulnerabilities of packages the base image's layers added (see --base).")
  boolean ignoreBase;

  @Option(
      names = "--base",
      paramLabel = "IMAGE",
      description =
          "The base image, for --ignore-base; default: inferred from the history, as image does.")
  String base;

  @Option(
      names = "--ignorefile",
      paramLabel = "FILE",
      description =
          "Vulnerabilities to leave out: .plimsollignore, .trivyignore or .trivyignore.yaml"
              + " format; default .plimsollignore, else .trivyignore, in the current folder.")
  Path ignoreFile;

  @Option(
      names = "--vex",
      paramLabel = "FILE",
      description =
          "An OpenVEX document; not_affected and fixed statements leave out (repeatable).")
  List<Path> vex = new ArrayList<>();

  @Option(
      names = "--max-age-days",
      paramLabel = "N",
      defaultValue = "7",
      description = "Warn when the database was last built more than N days ago (default 7).")
  int maxAgeDays;

  @Option(names = "--no-secrets", description = "Do not look for secrets.")
  boolean noSecrets;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file, for its secrets: section (allow-paths, allow-values, disable);"
              + " default .plimsoll.yaml in the current folder.")
  Path config;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Lowest finding severity that makes the exit code 1: error, warning (default), info,"
              + " style, none.")
  String failOn;

  @Mixin ReportOptions report;

  @Override
  public List<String> ownFormats() {
    return List.of("tty", "json", "html", "cyclonedx-json");
  }

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean custom = ownFormats().contains(report.format);
    if (!custom) {
      report.writer(); // an unknown format is a usage error before anything is read
    }
    FailOn fail = failOn();
    severities(); // an unknown level is a usage error before anything is read
    PrintWriter err = report.spec.commandLine().getErr();
    try (VulnerabilityDb opened = VulnerabilityDb.open(db.path())) {
      warnIfOld(opened.status(), err);
      MatchFilter filter = filter(err);
      Optional<Path> sbom = sbomFile();
      ScanResult result =
          sbom.isPresent()
              ? scanSbom(sbom.get(), opened, filter)
              : isFolder() ? scanFolder(opened, filter) : scanImage(opened, filter);
      if (custom) {
        try (Writer out = report.target.open()) {
          if (report.format.equals("json")) {
            ScanJson.write(result, out);
          } else if (report.format.equals("html")) {
            ScanHtml.write(result, out);
          } else if (report.format.equals("cyclonedx-json")) {
            CycloneDxVulnerabilities.write(result.sbom(), result.vulnerabilities(), out);
          } else {
            ScanTty.write(result, out);
          }
        }
      } else {
        report.write(
            new Report(
                "plimsoll",
                VersionProvider.version(),
                ScanFindings.findings(result),
                ScanFindings.rules(result),
                List.of(source),
                java.util.Map.of()));
      }
      return fail.fails(ScanFindings.findings(result)) ? 1 : 0;
    } finally {
      err.flush();
    }
  }

  /**
   * {@code sbom:PATH}, or a bare path to a JSON file (whose {@code bomFormat} the reader checks):
   * no image archive or layout is JSON.
   */
  private Optional<Path> sbomFile() {
    if (source.startsWith(SBOM)) {
      return Optional.of(Path.of(source.substring(SBOM.length())));
    }
    Path p = Path.of(source);
    return CycloneDxReader.looksLikeJson(p) ? Optional.of(p) : Optional.empty();
  }

  private ScanResult scanSbom(Path file, VulnerabilityDb opened, MatchFilter filter)
      throws BadInputException {
    Inventory inventory = CycloneDxReader.read(file);
    return result(new SbomSubject.Folder(source), inventory, List.of(), opened, filter);
  }

  /** A bare folder that is not an OCI layout is a plain file system. */
  private boolean isFolder() {
    Path p = Path.of(source);
    return Files.isDirectory(p) && !Files.exists(p.resolve("oci-layout"));
  }

  private ScanResult scanFolder(VulnerabilityDb opened, MatchFilter filter)
      throws BadInputException {
    Path root = Path.of(source);
    Inventory inventory = Inventory.ofFolder(root);
    List<SecretFinding> secrets =
        noSecrets ? List.of() : FolderSecrets.scan(root, secretScanner()).findings();
    return result(new SbomSubject.Folder(source), inventory, secrets, opened, filter);
  }

  private ScanResult scanImage(VulnerabilityDb opened, MatchFilter filter)
      throws BadInputException {
    try (ImageSource src = image.open(source)) {
      Inventory inventory = Inventory.ofImage(src);
      List<SecretFinding> secrets =
          noSecrets
              ? List.of()
              : dev.plimsoll.secrets.ImageSecrets.scan(src, secretScanner()).findings();
      if (ignoreBase) {
        ImageAnalysis analysis = ImageAnalysis.analyze(src);
        BaseSplit split = image.split(analysis, src.config().history(), Optional.ofNullable(base));
        filter =
            new MatchFilter(
                filter.severities(),
                filter.ignoreUnfixed(),
                OptionalInt.of(split.baseLayers()),
                filter.ignore(),
                filter.vex(),
                filter.artifact(),
                filter.today());
      }
      return result(SbomSubject.of(src), inventory, secrets, opened, filter);
    }
  }

  /** The builtin detectors and allow-lists with the configuration file's {@code secrets:}. */
  private SecretScanner secretScanner() throws BadInputException {
    Optional<Path> file =
        config != null ? Optional.of(config) : LintConfig.find(Path.of("").toAbsolutePath());
    return SecretScanner.configured(
        file.isPresent() ? LintConfig.secrets(file.get()) : SecretConfig.NONE);
  }

  private ScanResult result(
      SbomSubject subject,
      Inventory inventory,
      List<SecretFinding> secrets,
      VulnerabilityDb opened,
      MatchFilter filter)
      throws BadInputException {
    MatchResult matched = new Matcher(opened).match(inventory);
    MatchFilter.Kept kept = filter.apply(matched.matches());
    List<String> notes = new ArrayList<>(inventory.skipped());
    notes.addAll(matched.notes());
    notes.addAll(kept.notes());
    if (ignoreBase && isFolder()) {
      notes.add("--ignore-base applies to images; a folder has no layers");
    }
    if (sbomFile().isPresent()) {
      if (ignoreBase) {
        notes.add("--ignore-base applies to images, not to an SBOM");
      }
      if (!noSecrets) {
        notes.add("an SBOM lists packages, not files: no secrets are looked for");
      }
    }
    return new ScanResult(
        source,
        inventory.os().map(ScanCommand::osName),
        matched.packagesMatched(),
        kept.matches(),
        secrets,
        notes,
        Sbom.of(subject, inventory, VersionProvider.version()));
  }

  private static String osName(OsRelease os) {
    return os.prettyName().orElse(os.id() + os.versionId().map(v -> " " + v).orElse(""));
  }

  private MatchFilter filter(PrintWriter err) throws BadInputException {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    Optional<IgnoreList> ignore = Optional.empty();
    Path file = ignoreFile;
    if (file == null) {
      file =
          Files.exists(Path.of(".plimsollignore"))
              ? Path.of(".plimsollignore")
              : Files.exists(Path.of(".trivyignore")) ? Path.of(".trivyignore") : null;
    }
    if (file != null) {
      IgnoreList list = IgnoreList.read(file);
      list.expiredNotes(today).forEach(n -> err.println("warning: " + Errors.oneLine(n)));
      ignore = Optional.of(list);
    }
    Optional<OpenVex> statements = Optional.empty();
    if (!vex.isEmpty()) {
      List<OpenVex> docs = new ArrayList<>();
      for (Path v : vex) {
        docs.add(OpenVex.read(v));
      }
      statements = Optional.of(OpenVex.combine(docs));
    }
    return new MatchFilter(
        severities(),
        ignoreUnfixed,
        OptionalInt.empty(),
        ignore,
        statements,
        Optional.empty(),
        today);
  }

  private void warnIfOld(DbStatus status, PrintWriter err) {
    if (status.builtAt().isEmpty()) {
      return;
    }
    long days = Duration.between(status.builtAt().get(), Instant.now()).toDays();
    if (days > maxAgeDays) {
      err.println(
          "warning: the vulnerability database "
              + status.path()
              + " was built "
              + days
              + " days ago; run plimsoll db update (--max-age-days "
              + maxAgeDays
              + ")");
    }
  }

  private Set<Severity> severities() {
    Set<Severity> out = EnumSet.noneOf(Severity.class);
    for (String s : severity) {
      try {
        out.add(Severity.valueOf(s.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            report.spec.commandLine(),
            "unknown severity '"
                + s
                + "' for --severity; one of: unknown, low, medium, high,"
                + " critical");
      }
    }
    return out;
  }

  private FailOn failOn() {
    if (failOn == null) {
      return FailOn.DEFAULT;
    }
    return FailOn.parse(failOn)
        .orElseThrow(
            () ->
                new ParameterException(
                    report.spec.commandLine(),
                    "unknown severity '"
                        + failOn
                        + "' for --fail-on; one of: error, warning, info, style, none"));
  }
}
