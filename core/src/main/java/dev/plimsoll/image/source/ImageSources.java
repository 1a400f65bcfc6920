package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.Platform;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Opens an image by the name a user gives, in the transport syntax of skopeo and crane: {@code
 * docker-archive:PATH[:TAG]}, {@code oci-archive:PATH[:REF]}, {@code oci:DIR[:REF]}, {@code
 * registry:REF}, {@code docker:REF} (the Docker Engine at {@code DOCKER_HOST}; {@code
 * docker-daemon:REF} in skopeo's words), or a bare path whose contents tell which it is.
 */
public final class ImageSources {
  private static final Set<String> LATER = Set.of("daemon", "containers-storage", "dir");

  private ImageSources() {}

  public static ImageSource open(String spec) throws BadInputException {
    return open(spec, Optional.empty());
  }

  /**
   * Opens the image, choosing from a multi-platform index by {@code platform}.
   *
   * @param platform e.g. {@code linux/arm64}; linux/amd64 (or the only image there is) when empty
   */
  public static ImageSource open(String spec, Optional<String> platform) throws BadInputException {
    return open(spec, platform, Set.of());
  }

  /**
   * Opens the image; {@code insecure} names the registry hosts that may be reached over plain HTTP
   * (any host of this machine may be anyway).
   */
  public static ImageSource open(String spec, Optional<String> platform, Set<String> insecure)
      throws BadInputException {
    Optional<Platform> wanted =
        platform.isPresent() ? Optional.of(Platform.parse(platform.get())) : Optional.empty();
    if (exists(spec)) {
      return sniff(spec, Path.of(spec), wanted);
    }
    int colon = spec.indexOf(':');
    String scheme = colon < 0 ? "" : spec.substring(0, colon);
    String rest = spec.substring(colon + 1);
    if (scheme.equals("registry")) {
      RegistryRef ref = RegistryRef.parse(rest);
      boolean plain = ref.isLoopback() || insecure.contains(ref.host());
      RegistryStore store = RegistryStore.open(ref, plain);
      return OciLayout.open(spec, store, Optional.empty(), wanted);
    }
    if (scheme.equals("docker") || scheme.equals("docker-daemon")) {
      return DockerEngine.open(spec, rest, System.getenv());
    }
    switch (scheme) {
      case "docker-archive", "oci-archive", "oci" -> {}
      case "" -> throw new BadInputException(spec, "no such file or folder");
      default ->
          throw new BadInputException(
              spec,
              LATER.contains(scheme)
                  ? scheme
                      + ": sources are not supported yet; save the image with docker save"
                      + " and pass docker-archive:FILE"
                  : "unknown image source "
                      + scheme
                      + ": want docker-archive:, oci-archive:, oci:, registry:, docker: or a path");
    }
    Located at = locate(rest);
    String pathText = at.path();
    Optional<String> ref = at.ref();
    Path path = Path.of(pathText);
    if (scheme.equals("oci")) {
      if (!Files.isDirectory(path)) {
        throw new BadInputException(
            pathText, "not a folder; for a tar of a layout use oci-archive:");
      }
      return OciLayout.open(spec, new FolderStore(pathText, path), ref, wanted);
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(pathText, "not a file; for a layout folder use oci:");
    }
    TarStore store = TarStore.open(pathText, path);
    return opened(
        store,
        () ->
            scheme.equals("oci-archive")
                ? OciLayout.open(spec, store, ref, wanted)
                : DockerArchive.open(spec, store, ref));
  }

  private record Located(String path, Optional<String> ref) {}

  /**
   * The path ends at the first colon after which what comes before it exists, so a path may hold
   * colons and so may a tag ({@code docker-archive:app.tar:app:1.2}).
   */
  private static Located locate(String rest) throws BadInputException {
    if (!exists(rest)) {
      for (int i = rest.indexOf(':'); i > 0; i = rest.indexOf(':', i + 1)) {
        if (exists(rest.substring(0, i))) {
          String ref = rest.substring(i + 1);
          return new Located(
              rest.substring(0, i), ref.isEmpty() ? Optional.empty() : Optional.of(ref));
        }
      }
      throw new BadInputException(rest, "no such file or folder");
    }
    return new Located(rest, Optional.empty());
  }

  private static ImageSource sniff(String spec, Path path, Optional<Platform> wanted)
      throws BadInputException {
    if (Files.isDirectory(path)) {
      return OciLayout.open(spec, new FolderStore(spec, path), Optional.empty(), wanted);
    }
    return archive(spec, TarStore.open(spec, path), wanted);
  }

  /** A tar whose contents tell whether it is a docker save archive or an OCI layout. */
  static ImageSource archive(String spec, TarStore store, Optional<Platform> wanted)
      throws BadInputException {
    return opened(
        store,
        () -> {
          if (store.has(DockerArchive.MANIFEST)) {
            return DockerArchive.open(spec, store, Optional.empty());
          }
          if (store.has(OciLayout.MARKER) && store.has(OciLayout.INDEX)) {
            return OciLayout.open(spec, store, Optional.empty(), wanted);
          }
          throw new BadInputException(
              store.file(),
              "neither manifest.json (docker save) nor oci-layout and index.json (OCI):"
                  + " not an image archive");
        });
  }

  private interface Opener {
    ImageSource open() throws BadInputException;
  }

  /** Closes the archive when the image in it cannot be opened. */
  private static ImageSource opened(BlobStore store, Opener opener) throws BadInputException {
    try {
      return opener.open();
    } catch (BadInputException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static boolean exists(String path) {
    try {
      return !path.isEmpty() && Files.exists(Path.of(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
