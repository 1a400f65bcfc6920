package dev.plimsoll.image.files;

import dev.plimsoll.image.files.HiddenFile.Hiding;
import dev.plimsoll.image.files.PathChange.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stacks layers as the OCI image spec's changeset rules say (layer.md, "Applying Changesets" and
 * "Whiteouts"), keeping what each layer hid.
 */
final class Stacking {
  final TreeNode root = new TreeNode(null, "", null, 0, 0);
  final Map<String, List<PathChange>> history = new HashMap<>();
  final List<HiddenFile> hidden = new ArrayList<>();

  void apply(int layer, LayerListing listing) {
    // "Whiteout files MUST only apply to resources in lower/parent layers": markers first, so an
    // entry of the same layer at the same path survives them whatever its place in the tar.
    for (LayerEntry e : listing.entries()) {
      if (e.kind() == EntryKind.WHITEOUT) {
        TreeNode gone = find(e.path());
        if (gone != null && gone != root) {
          hide(gone, layer, Hiding.WHITEOUT);
          gone.parent.children.remove(gone.name);
        }
      } else if (e.kind() == EntryKind.OPAQUE) {
        TreeNode folder = find(e.path());
        if (folder != null && folder.isFolder()) {
          folder.children.values().forEach(child -> hide(child, layer, Hiding.OPAQUE));
          folder.children.clear();
        }
      }
    }
    for (LayerEntry e : listing.entries()) {
      if (!e.kind().isMarker()) {
        add(layer, e);
      }
    }
  }

  private void add(int layer, LayerEntry e) {
    int slash = e.path().lastIndexOf('/');
    TreeNode folder = slash < 0 ? root : folder(layer, e.path().substring(0, slash));
    String name = e.path().substring(slash + 1);
    TreeNode old = folder.children.get(name);
    if (old != null && old.isFolder() && e.kind() == EntryKind.DIRECTORY) {
      // A folder over a folder merges: only its metadata changes.
      old.entry = e;
      old.changedIn = layer;
      note(old.path, layer, Change.CHANGED);
      return;
    }
    if (old != null) {
      replace(old, layer);
    }
    TreeNode node = new TreeNode(folder, name, e, old == null ? layer : old.addedIn, layer);
    folder.children.put(name, node);
    note(node.path, layer, old == null ? Change.ADDED : Change.CHANGED);
    if (e.kind() == EntryKind.HARDLINK) {
      TreeNode target = find(e.linkTarget().orElse(""));
      if (target != null && !target.isFolder() && target != node) {
        node.sharedVersion = target.sharedVersion != null ? target.sharedVersion : target.version();
      }
    }
  }

  /**
   * The folder at {@code path}, made where missing. A symlink is never followed (it is an entry
   * like any other): a non-folder on the way is replaced by an implicit folder.
   */
  private TreeNode folder(int layer, String path) {
    TreeNode at = root;
    for (String name : path.split("/", -1)) {
      TreeNode next = at.children.get(name);
      if (next == null || !next.isFolder()) {
        if (next != null) {
          replace(next, layer);
        }
        TreeNode made = new TreeNode(at, name, null, next == null ? layer : next.addedIn, layer);
        at.children.put(name, made);
        note(made.path, layer, next == null ? Change.ADDED : Change.CHANGED);
        next = made;
      }
      at = next;
    }
    return at;
  }

  /** Hides what {@code old} holds, and {@code old} itself unless a folder, for a new entry. */
  private void replace(TreeNode old, int layer) {
    if (old.isFolder()) {
      old.children.values().forEach(child -> hide(child, layer, Hiding.OVERWRITTEN));
    } else {
      hidden.add(hiddenFile(old, layer, Hiding.OVERWRITTEN));
    }
  }

  private void hide(TreeNode node, int layer, Hiding how) {
    if (node.isFolder()) {
      node.children.values().forEach(child -> hide(child, layer, how));
    } else {
      hidden.add(hiddenFile(node, layer, how));
    }
    note(node.path, layer, Change.REMOVED);
  }

  private static HiddenFile hiddenFile(TreeNode node, int layer, Hiding how) {
    return new HiddenFile(node.path, node.kind(), node.size(), node.changedIn, layer, how);
  }

  TreeNode find(String path) {
    return root.find(path);
  }

  private void note(String path, int layer, Change change) {
    List<PathChange> changes = history.computeIfAbsent(path, p -> new ArrayList<>(2));
    PathChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
    if (last == null || last.layer() != layer || last.change() != change) {
      changes.add(new PathChange(layer, change));
    }
  }
}
