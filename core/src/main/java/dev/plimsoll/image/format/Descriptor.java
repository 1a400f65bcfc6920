package dev.plimsoll.image.format;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to a blob by its digest (OCI image spec, descriptor.md).
 *
 * @param mediaType e.g. {@code application/vnd.oci.image.layer.v1.tar+gzip}; empty when not given
 * @param digest {@code algorithm:hex}, checked to be a sha256 or sha512 digest
 * @param size the blob's size in bytes as declared: a claim to check, never a size to allocate
 * @param annotations e.g. {@code org.opencontainers.image.ref.name}
 * @param platform in an index, the platform the manifest is for
 */
public record Descriptor(
    String mediaType,
    String digest,
    long size,
    Map<String, String> annotations,
    Optional<Platform> platform) {

  /** The annotation an OCI layout's index.json names a tag by (image-layout.md). */
  public static final String REF_NAME = "org.opencontainers.image.ref.name";

  // descriptor.md, "Registered algorithms": sha256 (64 hex) and sha512 (128 hex), lower case.
  private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");

  public Descriptor {
    annotations = Map.copyOf(annotations);
  }

  /** Whether {@code text} is a digest Plimsoll can check. */
  public static boolean isDigest(String text) {
    return DIGEST.matcher(text).matches();
  }

  /** The hex part of the digest: the file name under {@code blobs/<algorithm>/}. */
  public String hex() {
    return digest.substring(digest.indexOf(':') + 1);
  }

  /** {@code blobs/sha256/<hex>}, where an OCI layout keeps the blob (image-layout.md). */
  public String blobPath() {
    return "blobs/" + digest.substring(0, digest.indexOf(':')) + "/" + hex();
  }

  public Optional<String> refName() {
    return Optional.ofNullable(annotations.get(REF_NAME));
  }

  /** Whether the descriptor names an image index (OCI) or a manifest list (Docker). */
  public boolean isIndex() {
    return mediaType.equals(MediaTypes.OCI_INDEX) || mediaType.equals(MediaTypes.DOCKER_LIST);
  }
}
