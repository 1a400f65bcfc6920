package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.sbom.Sbom;
import dev.plimsoll.sbom.SbomFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plimsoll sbom SOURCE}: the packages in an image or a folder, as an SBOM. */
@Command(
    name = "sbom",
    mixinStandardHelpOptions = true,
    description = {
      "Software bill of materials of an image or folder: OS packages (dpkg, apk, rpm) and"
          + " language packages (npm, Maven, PyPI, Go, RubyGems, Cargo), each with its purl and, in"
          + " an image, the layer and instruction that added it.",
      "SOURCE: docker-archive:PATH, oci-archive:PATH[:REF], oci:DIR[:REF], registry:REF,"
          + " docker:REF, or a path (a .tar is sniffed; a folder holding an OCI layout is one,"
          + " any other folder is read as a root file system or project)."
    })
final class SbomCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", description = "The image or folder.")
  String source;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      defaultValue = "cyclonedx-json",
      description = "cyclonedx-json (CycloneDX 1.6, default), spdx-json (SPDX 2.3) or table.")
  String format;

  @Mixin ImageSourceOptions images;

  @Mixin OutputTarget target;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException {
    SbomFormat chosen =
        SbomFormat.named(format)
            .orElseThrow(() -> ReportOptions.unknownFormat(spec, format, SbomFormat.ids()));
    Sbom sbom;
    if (isPlainFolder(source)) {
      sbom = Sbom.ofFolder(Path.of(source), VersionProvider.version());
    } else {
      try (ImageSource image = images.open(source)) {
        sbom = Sbom.ofImage(image, VersionProvider.version());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String skipped : sbom.inventory().skipped()) {
      err.println("warning: skipped " + Errors.oneLine(skipped));
    }
    err.flush();
    try (Writer out = target.open()) {
      chosen.write(sbom, out);
    }
    return 0;
  }

  /** A folder that is not an OCI image layout (OCI image spec, image-layout.md: oci-layout). */
  private static boolean isPlainFolder(String source) {
    Path path = Path.of(source);
    return Files.isDirectory(path) && !Files.exists(path.resolve("oci-layout"));
  }
}
