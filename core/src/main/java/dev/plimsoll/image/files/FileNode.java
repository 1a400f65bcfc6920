package dev.plimsoll.image.files;

import java.util.Optional;

/**
 * A path as the stacked file system shows it.
 *
 * @param path the normalized path ({@code etc/passwd})
 * @param kind never a whiteout marker
 * @param size the header size of the entry that made it: 0 for folders, and for links in every tar
 *     writer Plimsoll knows (a hard link shares its target's bytes rather than storing its own)
 * @param mode the permission bits ({@code 07777})
 * @param uid the owner
 * @param gid the group
 * @param linkTarget a symlink's target as written, a hard link's normalized target
 * @param addedIn the layer from which the path exists without a break
 * @param changedIn the last layer that wrote it
 * @param implicit true for a folder no entry listed, made because an entry lay inside it
 */
public record FileNode(
    String path,
    EntryKind kind,
    long size,
    int mode,
    long uid,
    long gid,
    Optional<String> linkTarget,
    int addedIn,
    int changedIn,
    boolean implicit) {}
