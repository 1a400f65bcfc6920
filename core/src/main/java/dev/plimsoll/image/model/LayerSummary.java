package dev.plimsoll.image.model;

import java.util.Optional;

/**
 * One layer and what it weighs.
 *
 * @param index the layer's position, base first, from 0
 * @param digest the digest of its stored bytes
 * @param diffId the digest of its uncompressed tar, when the config gives it
 * @param compressedSize the stored size
 * @param uncompressedSize the bytes of its uncompressed tar
 * @param contentSize dive's layer size: the sum of its entries' header sizes
 * @param createdBy the instruction that made it: the config history's {@code created_by} of the
 *     matching entry that is not an {@code empty_layer}, when there is one
 * @param fileCount its entries other than folders and whiteout markers
 */
public record LayerSummary(
    int index,
    String digest,
    Optional<String> diffId,
    long compressedSize,
    long uncompressedSize,
    long contentSize,
    Optional<String> createdBy,
    int fileCount) {}
