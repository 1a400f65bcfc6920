package dev.plimsoll.sbom;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.LayerBlob;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.Inventory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One software bill of materials, ready to be written by an {@link SbomFormat}: the façade of this
 * package.
 *
 * @param subject what it describes
 * @param inventory the packages found in it
 * @param toolVersion the version of Plimsoll that made it
 * @param created when it was made, to the second
 * @param serial its unique identity: CycloneDX's {@code serialNumber}, SPDX's namespace suffix
 */
public record Sbom(
    SbomSubject subject, Inventory inventory, String toolVersion, Instant created, UUID serial) {

  /** The tool named in every SBOM, with {@link #toolVersion}. */
  public static final String TOOL = "plimsoll";

  /** The SBOM of an image, read from {@code source} (which stays open). */
  public static Sbom ofImage(ImageSource source, String toolVersion) throws BadInputException {
    Inventory inventory = Inventory.ofImage(source);
    return made(SbomSubject.of(source), inventory, toolVersion);
  }

  /** The SBOM of a folder: a root file system or a project checkout. */
  public static Sbom ofFolder(Path folder, String toolVersion) throws BadInputException {
    Inventory inventory = Inventory.ofFolder(folder);
    return made(new SbomSubject.Folder(folder.toString()), inventory, toolVersion);
  }

  /**
   * The SBOM of an inventory already taken, such as the one a scan matched, made now with a new
   * serial.
   */
  public static Sbom of(SbomSubject subject, Inventory inventory, String toolVersion) {
    return made(subject, inventory, toolVersion);
  }

  /** The layer that added {@code p}, when it came from an image that has it. */
  public Optional<LayerBlob> layerOf(FoundPackage p) {
    if (subject instanceof SbomSubject.Image image && p.layer().isPresent()) {
      return image.layer(p.layer().getAsInt());
    }
    return Optional.empty();
  }

  private static Sbom made(SbomSubject subject, Inventory inventory, String toolVersion) {
    return new Sbom(
        subject,
        inventory,
        toolVersion,
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        UUID.randomUUID());
  }
}
