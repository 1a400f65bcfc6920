package dev.plimsoll.sbom;

import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.LayerBlob;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an SBOM describes: an image or a folder. */
public sealed interface SbomSubject {

  /** How the SBOM names it: the image's first tag, else its source; the folder's path. */
  String name();

  /**
   * An image.
   *
   * @param name the first tag, else the source as the user named it
   * @param id the image ID: the digest of its config ({@code sha256:...})
   * @param layers the layers, base first, indexed as {@code FoundPackage.layer()} counts them
   */
  record Image(String name, String id, List<LayerBlob> layers) implements SbomSubject {
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    public Image {
      layers = List.copyOf(layers);
    }

    /** The image ID's hex digits, when it is a SHA-256 digest, as every image ID is. */
    public Optional<String> sha256() {
      return Optional.of(id)
          .filter(i -> SHA256.matcher(i).matches())
          .map(i -> i.substring("sha256:".length()));
    }

    /** The layer at {@code index}, when the image has it. */
    public Optional<LayerBlob> layer(int index) {
      return index >= 0 && index < layers.size()
          ? Optional.of(layers.get(index))
          : Optional.empty();
    }
  }

  /** A folder: a root file system or a project checkout, named by its path as given. */
  record Folder(String name) implements SbomSubject {}

  /** The image {@code source} reads, which stays open. */
  public static Image of(ImageSource source) {
    String name = source.tags().isEmpty() ? source.name() : source.tags().get(0);
    return new Image(name, source.configDigest(), source.layers());
  }
}
