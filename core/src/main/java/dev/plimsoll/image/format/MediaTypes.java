package dev.plimsoll.image.format;

/** The media types an image's parts come with (OCI image spec, media-types.md; Docker's v2). */
public final class MediaTypes {
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String DOCKER_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String DOCKER_MANIFEST =
      "application/vnd.docker.distribution.manifest.v2+json";

  /** What {@code docker save} stores: an uncompressed layer tar (Docker image spec v1.2). */
  public static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar";

  public static final String DOCKER_LAYER_GZIP =
      "application/vnd.docker.image.rootfs.diff.tar.gzip";
  public static final String OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";

  private MediaTypes() {}
}
