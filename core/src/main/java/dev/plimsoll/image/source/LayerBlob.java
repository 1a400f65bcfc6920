package dev.plimsoll.image.source;

import java.util.Optional;

/**
 * One layer as its image stores it.
 *
 * @param digest the digest of the stored bytes ({@code sha256:...}), compressed or not as stored
 * @param mediaType the media type the manifest gives, or the one a docker-archive implies
 * @param compressedSize the stored size in bytes
 * @param diffId the digest of the uncompressed tar, from the config's {@code rootfs.diff_ids}
 */
public record LayerBlob(
    String digest, String mediaType, long compressedSize, Optional<String> diffId) {}
