package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.model.BaseSplit;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.report.Report;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.image.DiveGates;
import dev.plimsoll.rules.image.ImageLint;
import dev.plimsoll.rules.image.ImageSubject;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plimsoll image SOURCE}: what an image weighs, layer by layer, and what it wastes. */
@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    modelTransformer = ReportFormats.class,
    description = {
      "Layer-by-layer analysis of an image without a daemon: sizes, dive's efficiency and wasted"
          + " bytes, the bytes a rebuild could reclaim and which instructions stored and hid them,"
          + " and leftovers. SOURCE: docker-archive:PATH, oci-archive:PATH[:REF], oci:DIR[:REF],"
          + " registry:REF (credentials from docker login), docker:REF (the Docker Engine at"
          + " DOCKER_HOST), or a path (a .tar is sniffed).",
      "With --ci, dive's gates (.dive-ci, --lowestEfficiency, --highestWastedBytes,"
          + " --highestUserWastedPercent) become findings and exit code 1 when one fails."
    })
final class ImageCommand implements Callable<Integer>, ReportFormats.Own {
  @Parameters(paramLabel = "SOURCE", description = "The image.")
  String source;

  @Mixin ImageSourceOptions image;

  @Option(names = "--ci", description = "Evaluate dive's CI gates; a failed gate fails the run.")
  boolean ci;

  @Option(
      names = "--ci-config",
      paramLabel = "FILE",
      description = "dive's gate file; default .dive-ci in the current folder, when there is one.")
  Path ciConfig;

  @Option(
      names = "--lowestEfficiency",
      paramLabel = "RATIO",
      description = "Gate: fail below this efficiency (dive's default 0.9; disabled).")
  String lowestEfficiency;

  @Option(
      names = "--highestWastedBytes",
      paramLabel = "SIZE",
      description = "Gate: fail above this many wasted bytes, e.g. 20MB (default disabled).")
  String highestWastedBytes;

  @Option(
      names = "--highestUserWastedPercent",
      paramLabel = "RATIO",
      description =
          "Gate: fail above this share of the user layers wasted (default 0.1; disabled).")
  String highestUserWastedPercent;

  @Option(
      names = "--base",
      paramLabel = "IMAGE",
      description =
          "The base image (any SOURCE form): its layers are split from yours in the figures."
              + " Default: inferred from the history (the last CMD or ENTRYPOINT before a layer),"
              + " else the first layer, as dive has it.")
  String base;

  @Option(
      names = "--list",
      description = "With --format json: also list the final file system (files, links, folders).")
  boolean list;

  @Option(
      names = "--tree",
      paramLabel = "LAYER",
      description =
          "Print the file tree as layer LAYER (its number from 1, as in the table, or last) leaves it, with what it"
              + " added (+), changed (~) and removed (-); with -f json, a tree key.")
  String tree;

  @Option(names = "--tree-changes", description = "With --tree: only the paths the layer touched.")
  boolean treeChanges;

  @Mixin ReportOptions report;

  @Mixin RuleOptions rules;

  @Override
  public List<String> ownFormats() {
    return List.of("tty", "json", "html");
  }

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean custom = ownFormats().contains(report.format);
    if (tree != null) {
      ImageTree.number(tree, report.spec.commandLine()); // a usage error before the image is read
    }
    if (!custom) {
      report.writer(); // an unknown format is a usage error before the image is read
    }
    LintConfig config = rules.config();
    DiveGates gates = gates();
    ImageAnalysis analysis;
    ImageSubject subject;
    try (ImageSource src = image.open(source)) {
      analysis = ImageAnalysis.analyze(src);
      subject = new ImageSubject(analysis, src.config(), src.tags());
    }
    BaseSplit split = image.split(analysis, subject.config().history(), Optional.ofNullable(base));
    ImageLint lint = new ImageLint(config, gates, ci);
    List<Finding> findings = lint.check(subject);
    Report r =
        new Report(
            "plimsoll",
            VersionProvider.version(),
            findings,
            lint.rules(),
            List.of(analysis.image()),
            Map.of());
    Optional<ImageTree> shown =
        tree == null
            ? Optional.empty()
            : Optional.of(ImageTree.of(analysis, tree, treeChanges, report.spec.commandLine()));
    if (custom) {
      try (Writer out = report.target.open()) {
        if (report.format.equals("json")) {
          ImageJson.write(
              analysis,
              split,
              ci ? Optional.of(gates) : Optional.empty(),
              findings,
              list,
              shown,
              out);
        } else if (report.format.equals("html")) {
          ImageHtml.write(analysis, split, findings, out);
        } else if (shown.isPresent()) {
          shown.get().writeTty(analysis, out);
        } else {
          ImageTty.write(analysis, split, out);
          if (!findings.isEmpty()) {
            out.write("\n");
            report.writer().write(r, out, report.color());
          }
        }
      }
    } else {
      report.write(r);
    }
    return config.effectiveFailOn().fails(findings) ? 1 : 0;
  }

  private DiveGates gates() throws BadInputException {
    DiveGates g = DiveGates.DEFAULT;
    Path file = ciConfig != null ? ciConfig : Path.of(".dive-ci");
    if (ciConfig != null && !Files.isRegularFile(ciConfig)) {
      throw new BadInputException(ciConfig.toString(), "no such file");
    }
    if (ci && Files.isRegularFile(file)) {
      g = DiveGates.read(file);
    }
    if (lowestEfficiency != null) {
      g = g.withLowestEfficiency(lowestEfficiency, "--lowestEfficiency");
    }
    if (highestWastedBytes != null) {
      g = g.withHighestWastedBytes(highestWastedBytes, "--highestWastedBytes");
    }
    if (highestUserWastedPercent != null) {
      g = g.withHighestUserWastedPercent(highestUserWastedPercent, "--highestUserWastedPercent");
    }
    return g;
  }
}
