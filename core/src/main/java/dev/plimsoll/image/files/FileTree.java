package dev.plimsoll.image.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The file system an image's layers stack up to, metadata only (but for the content of the few
 * files {@link LayerTar#KEPT}), with each path's history and the bytes that the stacking hid.
 * Layers apply in order: whiteouts and opaque markers first, against the layers below (OCI image
 * spec, layer.md, "Whiteouts"), then the layer's entries in tar order, a later entry replacing an
 * earlier one at the same path and a folder merging into a folder.
 */
public final class FileTree {
  private final TreeNode root;
  private final int layers;
  private final Map<String, List<PathChange>> history;
  private final List<HiddenFile> hidden;
  private final Map<String, FileText> texts;
  private final List<LayerListing> listings;

  private FileTree(Stacking stacking, List<LayerListing> listings) {
    this.root = stacking.root;
    this.layers = listings.size();
    this.listings = List.copyOf(listings);
    this.history = stacking.history;
    this.hidden = unshared(stacking.hidden, root);
    this.texts = finalTexts(listings);
  }

  /** Stacks the listings, base first. */
  public static FileTree stack(List<LayerListing> listings) {
    Stacking stacking = new Stacking();
    for (int i = 0; i < listings.size(); i++) {
      stacking.apply(i, listings.get(i));
    }
    return new FileTree(stacking, listings);
  }

  /** How many layers were stacked. */
  public int layerCount() {
    return layers;
  }

  /** The path as the final file system shows it, when it shows it. */
  public Optional<FileNode> get(String path) {
    TreeNode node = find(path);
    return node == null || node == root ? Optional.empty() : Optional.of(node.view());
  }

  /** Every path the final file system shows, folders before their contents, names sorted. */
  public List<FileNode> visible() {
    return under("");
  }

  /** The paths below {@code folder} (not the folder itself), in {@link #visible()} order. */
  public List<FileNode> under(String folder) {
    List<FileNode> out = new ArrayList<>();
    TreeNode node = find(folder);
    if (node != null && node.isFolder()) {
      node.children.values().forEach(child -> collect(child, out));
    }
    return out;
  }

  /** What each layer did to the path, oldest first; empty for a path no layer touched. */
  public List<PathChange> history(String path) {
    return List.copyOf(history.getOrDefault(path, List.of()));
  }

  /**
   * The entries the layers stored that the final file system does not show, in the order the layers
   * hid them. A file that a visible hard link still shares is not hidden: its bytes are reachable.
   */
  public List<HiddenFile> hidden() {
    return hidden;
  }

  /**
   * The content of a {@link LayerTar#KEPT} file as the final file system shows it: the version of
   * the last layer that wrote the path; empty when no layer did, a later one deleted it, or it is
   * not a file or a hard link.
   */
  public Optional<FileText> text(String path) {
    return Optional.ofNullable(texts.get(path));
  }

  private Map<String, FileText> finalTexts(List<LayerListing> listings) {
    Map<String, FileText> out = new HashMap<>();
    for (String path : LayerTar.KEPT) {
      Optional<FileNode> node = get(path);
      if (node.isPresent()
          && (node.get().kind() == EntryKind.FILE || node.get().kind() == EntryKind.HARDLINK)) {
        FileText text = listings.get(node.get().changedIn()).texts().get(path);
        if (text != null) {
          out.put(path, text);
        }
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The file system as layer {@code layer} leaves it, with what that layer added, changed and
   * removed marked; made again from the listings (metadata only) each time.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= layer < layerCount()}
   */
  public LayerView layer(int layer) {
    if (layer < 0 || layer >= layers) {
      throw new IndexOutOfBoundsException("layer " + layer + " of " + layers);
    }
    LayerViewing viewing = new LayerViewing(listings);
    for (int i = 0; i < layer; i++) {
      viewing.skip();
    }
    return viewing.next();
  }

  /** Every layer's view, base first, each made as the layers stack and dropped after use. */
  public void forEachLayer(Consumer<LayerView> action) {
    LayerViewing viewing = new LayerViewing(listings);
    while (viewing.hasNext()) {
      action.accept(viewing.next());
    }
  }

  private TreeNode find(String path) {
    return root.find(path);
  }

  private static void collect(TreeNode node, List<FileNode> out) {
    out.add(node.view());
    if (node.isFolder()) {
      node.children.values().forEach(child -> collect(child, out));
    }
  }

  private static List<HiddenFile> unshared(List<HiddenFile> all, TreeNode root) {
    Set<String> shared = new HashSet<>();
    sharedVersions(root, shared);
    List<HiddenFile> out = new ArrayList<>(all.size());
    for (HiddenFile h : all) {
      if (!shared.contains(h.storedIn() + ":" + h.path())) {
        out.add(h);
      }
    }
    return List.copyOf(out);
  }

  private static void sharedVersions(TreeNode node, Set<String> out) {
    if (node.sharedVersion != null) {
      out.add(node.sharedVersion);
    }
    if (node.isFolder()) {
      node.children.values().forEach(child -> sharedVersions(child, out));
    }
  }
}
