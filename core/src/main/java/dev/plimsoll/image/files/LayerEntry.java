package dev.plimsoll.image.files;

import java.util.Optional;

/**
 * One entry of a layer's tar, metadata only.
 *
 * @param path the normalized path, without a leading {@code /} or {@code ./}: for a {@link
 *     EntryKind#WHITEOUT} the path it deletes ({@code etc/foo} for {@code etc/.wh.foo}), for an
 *     {@link EntryKind#OPAQUE} marker the folder it makes opaque ({@code ""} for the root)
 * @param kind what the entry is
 * @param size the size in the tar header (for a sparse file, its expanded size, as Go's tar reader
 *     reports it and dive counts it)
 * @param mode the permission bits, with setuid, setgid and sticky ({@code 07777})
 * @param uid the owner
 * @param gid the group
 * @param linkTarget a symlink's target as written; a hard link's target, normalized like {@code
 *     path}
 */
public record LayerEntry(
    String path,
    EntryKind kind,
    long size,
    int mode,
    long uid,
    long gid,
    Optional<String> linkTarget) {}
