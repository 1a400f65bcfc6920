package dev.plimsoll.image.files;

import java.util.List;
import java.util.Map;

/**
 * A layer's entries in tar order, metadata only, and the content of the few files {@link LayerTar}
 * keeps.
 *
 * @param entries the entries, whiteout markers included
 * @param tarSize the bytes of the uncompressed tar stream
 * @param contentSize dive's layer size: the sum of the header sizes of every entry, as dive's
 *     {@code processLayerTar} adds them up (directories, links and markers are 0 in practice)
 * @param texts the {@link LayerTar#KEPT} files this layer writes, by path, as its last entry for
 *     each path left them
 */
public record LayerListing(
    List<LayerEntry> entries, long tarSize, long contentSize, Map<String, FileText> texts) {
  public LayerListing {
    entries = List.copyOf(entries);
    texts = Map.copyOf(texts);
  }

  /** The entries that are neither folders nor whiteout markers. */
  public int fileCount() {
    int count = 0;
    for (LayerEntry e : entries) {
      if (e.kind() != EntryKind.DIRECTORY && !e.kind().isMarker()) {
        count++;
      }
    }
    return count;
  }
}
