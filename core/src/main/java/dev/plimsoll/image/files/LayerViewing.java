package dev.plimsoll.image.files;

import dev.plimsoll.image.files.LayerView.Mark;
import dev.plimsoll.image.files.LayerView.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stacks the layers one at a time and makes the view of each: what the layer's markers remove and
 * the folders it lists again are noted before it applies, the marks are read from the stacked tree
 * after. One view at a time is held, so memory stays that of one tree.
 */
final class LayerViewing {
  private final List<LayerListing> listings;
  private final Stacking stacking = new Stacking();
  private int next;

  LayerViewing(List<LayerListing> listings) {
    this.listings = listings;
  }

  boolean hasNext() {
    return next < listings.size();
  }

  /** Applies the next layer without making its view. */
  void skip() {
    stacking.apply(next, listings.get(next));
    next++;
  }

  /** Applies the next layer and returns its view. */
  LayerView next() {
    int layer = next;
    LayerListing listing = listings.get(layer);
    TreeMap<String, Node> removed = new TreeMap<>();
    Map<String, FileNode> foldersBefore = new HashMap<>();
    for (LayerEntry e : listing.entries()) {
      TreeNode old = stacking.find(e.path());
      if (old == null || (old == stacking.root && e.kind() != EntryKind.OPAQUE)) {
        continue;
      }
      switch (e.kind()) {
        case WHITEOUT -> removed.putIfAbsent(old.path, snapshot(old));
        case OPAQUE -> {
          if (old.isFolder()) {
            old.children.values().forEach(c -> removed.putIfAbsent(c.path, snapshot(c)));
          }
        }
        case DIRECTORY -> {
          if (old.isFolder()) {
            foldersBefore.putIfAbsent(old.path, old.view());
          }
        }
        default -> {}
      }
    }
    skip();
    Node root = new Node(null);
    root.children = new TreeMap<>();
    stacking.root.children.values().forEach(c -> root.put(view(c, layer, removed, foldersBefore)));
    // Parents sort before what they hold, so a removed folder is in place before its contents.
    removed.forEach(
        (path, node) -> {
          int slash = path.lastIndexOf('/');
          Node folder = slash < 0 ? root : root.find(path.substring(0, slash));
          if (folder != null && folder.children != null) {
            folder.children.putIfAbsent(node.name(), node);
          }
        });
    root.children.values().forEach(LayerViewing::aggregate);
    List<Row> rows = new ArrayList<>();
    root.children.values().forEach(c -> flatten(c, 0, rows));
    return new LayerView(layer, rows);
  }

  private static Node view(
      TreeNode t, int layer, Map<String, Node> removed, Map<String, FileNode> foldersBefore) {
    FileNode file = t.view();
    Node node = new Node(file);
    node.size = file.size();
    if (t.changedIn != layer) {
      node.mark = Mark.UNCHANGED;
    } else if (removed.containsKey(t.path)) {
      node.mark = Mark.CHANGED; // removed, then written again by the same layer
    } else if (t.addedIn == layer) {
      node.mark = Mark.ADDED;
    } else {
      FileNode before = foldersBefore.get(t.path);
      // dive compares a folder's type, mode and owner only (a folder has no content hash).
      boolean same =
          before != null
              && t.isFolder()
              && before.mode() == file.mode()
              && before.uid() == file.uid()
              && before.gid() == file.gid();
      node.mark = same ? Mark.UNCHANGED : Mark.CHANGED;
    }
    if (t.isFolder()) {
      node.children = new TreeMap<>();
      t.children.values().forEach(c -> node.put(view(c, layer, removed, foldersBefore)));
    }
    return node;
  }

  private static Node snapshot(TreeNode t) {
    FileNode file = t.view();
    Node node = new Node(file);
    node.size = file.size();
    node.mark = Mark.REMOVED;
    if (t.isFolder()) {
      node.children = new TreeMap<>();
      t.children.values().forEach(c -> node.put(snapshot(c)));
    }
    return node;
  }

  /** Sums a folder's sizes and marks it changed when it holds a change (dive's deriveDiffType). */
  private static void aggregate(Node node) {
    if (node.children == null) {
      return;
    }
    long size = 0;
    boolean changes = false;
    for (Node child : node.children.values()) {
      aggregate(child);
      if (child.mark != Mark.REMOVED || node.mark == Mark.REMOVED) {
        size += child.size;
      }
      changes |= child.mark != Mark.UNCHANGED;
    }
    node.size = size;
    if (changes && node.mark == Mark.UNCHANGED) {
      node.mark = Mark.CHANGED;
    }
  }

  private static void flatten(Node node, int depth, List<Row> out) {
    out.add(new Row(node.file, depth, node.size, node.mark));
    if (node.children != null) {
      node.children.values().forEach(c -> flatten(c, depth + 1, out));
    }
  }

  /** A path of the view while it is made. */
  private static final class Node {
    final FileNode file;
    long size;
    Mark mark;
    TreeMap<String, Node> children;

    Node(FileNode file) {
      this.file = file;
    }

    String name() {
      return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    void put(Node child) {
      children.put(child.name(), child);
    }

    Node find(String path) {
      Node at = this;
      for (String part : path.split("/", -1)) {
        at = at.children == null ? null : at.children.get(part);
        if (at == null) {
          return null;
        }
      }
      return at;
    }
  }
}
