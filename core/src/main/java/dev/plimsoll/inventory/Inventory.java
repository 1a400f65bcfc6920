package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.source.ImageSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The packages installed in a file system: the façade of this package.
 *
 * @param os the operating system, from {@code os-release}, when the file system has one
 * @param packages every package found, sorted by ecosystem, name, version and path; OS packages'
 *     URLs name the distribution when {@code os} is known
 * @param skipped one line per file that was wanted but could not be read ({@code usr/lib/app.jar:
 *     java: ...}): such a file is left out rather than ending the inventory
 */
public record Inventory(Optional<OsRelease> os, List<FoundPackage> packages, List<String> skipped) {
  private static final Comparator<FoundPackage> ORDER =
      Comparator.comparing(FoundPackage::ecosystem)
          .thenComparing(FoundPackage::name)
          .thenComparing(FoundPackage::version)
          .thenComparing(FoundPackage::path);

  public Inventory {
    packages = List.copyOf(packages);
    skipped = List.copyOf(skipped);
  }

  /**
   * The packages under {@code root}, a root file system or a project checkout. Symbolic links are
   * not followed.
   *
   * @throws BadInputException when {@code root} is not a readable folder
   */
  public static Inventory ofFolder(Path root) throws BadInputException {
    return FolderWalk.walk(root, new Cataloging(Catalogers.all()));
  }

  /**
   * The packages of the image's final file system, each with the layer that added it and that
   * layer's instruction. Every layer is read once; the source stays open.
   *
   * @throws BadInputException when a layer cannot be read: one line naming the image and the layer
   */
  public static Inventory ofImage(ImageSource source) throws BadInputException {
    return ImageWalk.read(source, new Cataloging(Catalogers.all()));
  }

  /**
   * An inventory read elsewhere, such as from an SBOM: names the distribution in OS packages' URLs
   * when {@code os} is known, and sorts.
   */
  public static Inventory of(
      Optional<OsRelease> os, List<FoundPackage> found, List<String> skipped) {
    List<FoundPackage> out = new ArrayList<>(found.size());
    for (FoundPackage p : found) {
      out.add(os.map(p::inDistro).orElse(p));
    }
    out.sort(ORDER);
    return new Inventory(os, out, skipped);
  }
}
