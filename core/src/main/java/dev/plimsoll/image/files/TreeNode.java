package dev.plimsoll.image.files;

import java.util.Optional;
import java.util.TreeMap;

/** A path while layers are stacked; the entry that made it is shared, not copied. */
final class TreeNode {
  final TreeNode parent;
  final String name;
  final String path;

  /** The entry that made it; absent for the root and for implicit folders. */
  LayerEntry entry;

  /** The children, by name; null unless a folder. */
  TreeMap<String, TreeNode> children;

  int addedIn;
  int changedIn;

  /** For a hard link: the stored version ({@code layer:path}) whose bytes it shares. */
  String sharedVersion;

  TreeNode(TreeNode parent, String name, LayerEntry entry, int addedIn, int changedIn) {
    this.parent = parent;
    this.name = name;
    this.path = parent == null || parent.path.isEmpty() ? name : parent.path + "/" + name;
    this.entry = entry;
    this.addedIn = addedIn;
    this.changedIn = changedIn;
    if (entry == null || entry.kind() == EntryKind.DIRECTORY) {
      children = new TreeMap<>();
    }
  }

  /** The node at {@code path} below this one ({@code ""} is this one), or null. */
  TreeNode find(String path) {
    TreeNode at = this;
    for (String part : path.split("/", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      at = at.isFolder() ? at.children.get(part) : null;
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  boolean isFolder() {
    return children != null;
  }

  EntryKind kind() {
    return entry == null ? EntryKind.DIRECTORY : entry.kind();
  }

  long size() {
    return entry == null ? 0 : entry.size();
  }

  /** The name of the version of this path that the layer {@code changedIn} stored. */
  String version() {
    return changedIn + ":" + path;
  }

  FileNode view() {
    if (entry == null) {
      return new FileNode(
          path, EntryKind.DIRECTORY, 0, 0755, 0, 0, Optional.empty(), addedIn, changedIn, true);
    }
    return new FileNode(
        path,
        entry.kind(),
        entry.size(),
        entry.mode(),
        entry.uid(),
        entry.gid(),
        entry.linkTarget(),
        addedIn,
        changedIn,
        false);
  }
}
