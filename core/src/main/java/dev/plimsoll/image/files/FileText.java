package dev.plimsoll.image.files;

import java.util.Optional;

/**
 * The content of one of the few small files whose bytes a layer's reading keeps ({@link
 * LayerTar#KEPT}): the account files that rules read.
 *
 * @param path the normalized path ({@code etc/shadow})
 * @param size its size in the tar
 * @param content its text, decoded as UTF-8; empty when it was not kept: larger than {@link
 *     LayerTar#KEPT_LIMIT}, or a hard link to a file whose bytes were not kept
 */
public record FileText(String path, long size, Optional<String> content) {}
