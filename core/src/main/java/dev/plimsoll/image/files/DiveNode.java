package dev.plimsoll.image.files;

import java.util.TreeMap;

/**
 * A node of dive's per-layer tree ({@code dive/filetree/file_tree.go}), kept apart from {@link
 * TreeNode} because dive's stacking is not the OCI spec's: it ignores opaque markers, keeps a
 * folder's children when a file replaces it, and leaves an implicit folder's payload empty (not a
 * folder, size 0). Its figures depend on those differences.
 */
final class DiveNode {
  static final String WHITEOUT = ".wh.";
  private static final String DOUBLE_WHITEOUT = ".wh..wh.";

  final String name;
  final TreeMap<String, DiveNode> children = new TreeMap<>();
  long size;
  boolean isDir;

  DiveNode(String name) {
    this.name = name;
  }

  /** dive's tree of one layer, built as {@code processLayerTar} does. */
  static DiveNode layer(LayerListing listing) {
    DiveNode root = new DiveNode("");
    for (LayerEntry e : listing.entries()) {
      String path = e.path();
      int slash = path.lastIndexOf('/');
      String folder = slash < 0 ? "" : path.substring(0, slash + 1);
      switch (e.kind()) {
        case WHITEOUT -> root.add(folder + WHITEOUT + path.substring(slash + 1), e.size(), false);
        // dive makes the folders on the way, then drops the marker itself.
        case OPAQUE -> root.add(path.isEmpty() ? ".wh..wh..opq" : path + "/.wh..wh..opq", 0, false);
        default -> root.add(path, e.size(), e.kind() == EntryKind.DIRECTORY);
      }
    }
    return root;
  }

  /** dive's {@code FileTree.AddPath}: intermediate nodes get an empty payload. */
  void add(String path, long size, boolean isDir) {
    DiveNode at = this;
    String[] names = path.split("/", -1);
    for (int i = 0; i < names.length; i++) {
      if (names[i].isEmpty()) {
        continue;
      }
      DiveNode next = at.children.get(names[i]);
      if (next == null) {
        if (names[i].startsWith(DOUBLE_WHITEOUT)) {
          return;
        }
        next = new DiveNode(names[i]);
        at.children.put(names[i], next);
      }
      at = next;
      if (i == names.length - 1) {
        at.size = size;
        at.isDir = isDir;
      }
    }
  }

  DiveNode find(String path) {
    DiveNode at = this;
    for (String part : path.split("/", -1)) {
      if (!part.isEmpty()) {
        at = at.children.get(part);
        if (at == null) {
          return null;
        }
      }
    }
    return at;
  }

  void remove(String path) {
    int slash = path.lastIndexOf('/');
    DiveNode folder = slash < 0 ? this : find(path.substring(0, slash));
    if (folder != null) {
      folder.children.remove(path.substring(slash + 1));
    }
  }

  DiveNode copy() {
    DiveNode copy = new DiveNode(name);
    copy.size = size;
    copy.isDir = isDir;
    children.forEach((n, child) -> copy.children.put(n, child.copy()));
    return copy;
  }

  /** The sizes of this node and everything below it. */
  long totalSize() {
    long total = size;
    for (DiveNode child : children.values()) {
      total += child.totalSize();
    }
    return total;
  }

  boolean isWhiteout() {
    return name.startsWith(WHITEOUT);
  }

  /** dive's {@code FileNode.Path}, without the leading slash: a whiteout names what it removes. */
  static String path(String folder, DiveNode node) {
    String name = node.isWhiteout() ? node.name.substring(WHITEOUT.length()) : node.name;
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  /** dive's {@code FileTree.Stack}: every node of {@code upper}, children first, names sorted. */
  void stack(DiveNode upper, String folder) {
    for (DiveNode child : upper.children.values()) {
      String path = path(folder, child);
      stack(child, folder.isEmpty() ? child.name : folder + "/" + child.name);
      if (child.isWhiteout()) {
        remove(path);
      } else {
        add(path, child.size, child.isDir);
      }
    }
  }
}
