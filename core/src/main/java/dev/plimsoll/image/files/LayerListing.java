package dev.plimsoll.image.files;

import java.util.List;

/**
 * A layer's entries in tar order, metadata only.
 *
 * @param entries the entries, whiteout markers included
 * @param tarSize the bytes of the uncompressed tar stream
 * @param contentSize dive's layer size: the sum of the header sizes of every entry, as dive's
 *     {@code processLayerTar} adds them up (directories, links and markers are 0 in practice)
 */
public record LayerListing(List<LayerEntry> entries, long tarSize, long contentSize) {
  public LayerListing {
    entries = List.copyOf(entries);
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
