package dev.plimsoll.image.files;

import java.util.List;

/**
 * The file system as one layer leaves it, the way dive's tree pane shows it when that layer is
 * selected ({@code dive/filetree/file_tree.go}, {@code CompareAndMark}): every path the layers up
 * to and including it stack to, and the paths it removed, each marked with what the layer did.
 *
 * <p>Folders aggregate as in dive: a folder that holds a mark of the layer is {@link Mark#CHANGED}
 * (unless the layer added it), and its size is the sum of what it holds, removed paths left out
 * unless the folder itself was removed. Unlike dive, Plimsoll keeps no contents, so a file that the
 * layer writes again counts as changed even when its bytes are the same (dive compares hashes); a
 * folder listed again with the same type, mode and owner is unchanged, as in dive.
 */
public final class LayerView {
  /** What the layer did to a path. */
  public enum Mark {
    ADDED("+"),
    CHANGED("~"),
    REMOVED("-"),
    UNCHANGED(" ");

    private final String symbol;

    Mark(String symbol) {
      this.symbol = symbol;
    }

    /** The one-character column of the tree: {@code +}, {@code ~}, {@code -} or a space. */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * One path of the view.
   *
   * @param file the path as the layer leaves it (for a removed path: as it was before)
   * @param depth 0 for a path at the root, 1 below that, and so on
   * @param size a file's header size; for a folder, the sizes of what it holds, summed
   * @param mark what the layer did to it
   */
  public record Row(FileNode file, int depth, long size, Mark mark) {
    /** The normalized path ({@code etc/passwd}). */
    public String path() {
      return file.path();
    }

    /** The last part of the path. */
    public String name() {
      return file.path().substring(file.path().lastIndexOf('/') + 1);
    }
  }

  private final int layer;
  private final List<Row> rows;

  LayerView(int layer, List<Row> rows) {
    this.layer = layer;
    this.rows = List.copyOf(rows);
  }

  /** The layer's index, base first, from 0. */
  public int layer() {
    return layer;
  }

  /** Every path, folders before what they hold, names sorted. */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The paths the layer added, changed or removed, with the folders that hold them (which are
   * marked too), in {@link #rows()} order: dive's "show only modified" view.
   */
  public List<Row> changes() {
    return rows.stream().filter(r -> r.mark() != Mark.UNCHANGED).toList();
  }
}
