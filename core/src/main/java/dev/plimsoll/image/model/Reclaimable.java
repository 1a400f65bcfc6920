package dev.plimsoll.image.model;

import dev.plimsoll.image.files.HiddenFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bytes stored in the layers that the final file system does not show: overwritten, whited out or
 * under an opaque folder (spec/image-metrics.md, "reclaimable bytes"). Unlike dive's wasted bytes,
 * the copy that survives is not counted.
 *
 * @param bytes all of them
 * @param byLayers per pair of storing and hiding layer, the most bytes first
 */
public record Reclaimable(long bytes, List<HiddenBytes> byLayers) {
  /** How many paths each pair lists. */
  public static final int TOP_PATHS = 10;

  private static final Comparator<HiddenFile> LARGEST =
      Comparator.comparingLong(HiddenFile::size).reversed().thenComparing(HiddenFile::path);

  public Reclaimable {
    byLayers = List.copyOf(byLayers);
  }

  static Reclaimable of(List<HiddenFile> hidden, List<Optional<String>> createdBy) {
    // Keyed by (stored, hidden) so the order is the layers', whatever the order of hiding.
    Map<Long, List<HiddenFile>> pairs = new TreeMap<>();
    long total = 0;
    for (HiddenFile h : hidden) {
      long key = ((long) h.storedIn() << 32) | h.hiddenIn();
      pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
      total += h.size();
    }
    List<HiddenBytes> out = new ArrayList<>();
    for (List<HiddenFile> files : pairs.values()) {
      HiddenFile first = files.get(0);
      long bytes = files.stream().mapToLong(HiddenFile::size).sum();
      List<HiddenFile> largest = files.stream().sorted(LARGEST).limit(TOP_PATHS).toList();
      out.add(
          new HiddenBytes(
              first.storedIn(),
              instruction(createdBy, first.storedIn()),
              first.hiddenIn(),
              instruction(createdBy, first.hiddenIn()),
              bytes,
              files.size(),
              largest));
    }
    out.sort(Comparator.comparingLong(HiddenBytes::bytes).reversed());
    return new Reclaimable(total, out);
  }

  private static Optional<String> instruction(List<Optional<String>> createdBy, int layer) {
    return layer < createdBy.size() ? createdBy.get(layer) : Optional.empty();
  }
}
