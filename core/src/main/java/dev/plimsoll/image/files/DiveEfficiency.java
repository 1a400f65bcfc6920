package dev.plimsoll.image.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * dive's efficiency figures, computed as {@code dive/filetree/efficiency.go} computes them, so that
 * CI thresholds tuned on dive hold unchanged (spec/image-metrics.md).
 *
 * @param efficiency the sum of each path's smallest size over the sum of its sizes in every layer
 *     (1.0 when nothing has a size)
 * @param wastedBytes the summed sizes of the paths found in two or more layers, first copy included
 * @param inefficiencies those paths, the largest first
 */
public record DiveEfficiency(
    double efficiency, long wastedBytes, List<Inefficiency> inefficiencies) {

  public DiveEfficiency {
    inefficiencies = List.copyOf(inefficiencies);
  }

  /**
   * A path found in two or more layers.
   *
   * @param path the path (a whiteout counts for the path it removes)
   * @param cumulativeSize its sizes in every layer, summed
   * @param minimumSize the smallest of them
   * @param count in how many layer entries it was found
   */
  public record Inefficiency(String path, long cumulativeSize, long minimumSize, int count) {}

  private static final class Sizes {
    long cumulative;
    long minimum = -1;
    int count;
  }

  /** The figures for the listings, base first. */
  public static DiveEfficiency of(List<LayerListing> listings) {
    Map<String, Sizes> sizes = new HashMap<>();
    if (!listings.isEmpty()) {
      List<DiveNode> trees = new ArrayList<>(listings.size());
      listings.forEach(l -> trees.add(DiveNode.layer(l)));
      // dive's StackTreeRange(trees, 0, i-1) starts from a copy of the first tree and stacks
      // trees 0..i-1 on it, so layer 0's whiteouts are sized against layer 0 itself.
      DiveNode below = trees.get(0).copy();
      for (DiveNode tree : trees) {
        visitLeaves(tree, "", below, sizes);
        below.stack(tree, "");
      }
    }
    long minimum = 0;
    long cumulative = 0;
    List<Inefficiency> wasted = new ArrayList<>();
    long wastedBytes = 0;
    for (Map.Entry<String, Sizes> e : sizes.entrySet()) {
      Sizes s = e.getValue();
      minimum += s.minimum;
      cumulative += s.cumulative;
      if (s.count >= 2) {
        wasted.add(new Inefficiency(e.getKey(), s.cumulative, s.minimum, s.count));
        wastedBytes += s.cumulative;
      }
    }
    wasted.sort(
        Comparator.comparingLong(Inefficiency::cumulativeSize)
            .reversed()
            .thenComparing(Inefficiency::path));
    double efficiency = cumulative == 0 ? 1.0 : (double) minimum / (double) cumulative;
    return new DiveEfficiency(efficiency, wastedBytes, wasted);
  }

  /**
   * Visits the leaves of one layer's tree, children first, names sorted. Returns false where dive's
   * visitor fails: a whiteout of a path missing below ends the walk of that layer, and the leaves
   * not yet visited are not counted (dive logs the error and moves to the next layer).
   */
  private static boolean visitLeaves(
      DiveNode node, String folder, DiveNode below, Map<String, Sizes> sizes) {
    for (DiveNode child : node.children.values()) {
      String raw = folder.isEmpty() ? child.name : folder + "/" + child.name;
      if (!visitLeaves(child, raw, below, sizes)) {
        return false;
      }
      if (!child.children.isEmpty()) {
        continue;
      }
      String path = DiveNode.path(folder, child);
      // dive records the path before sizing it: a failed whiteout leaves its minimum at -1, and
      // that -1 enters the sum of minimums.
      Sizes s = sizes.computeIfAbsent(path, p -> new Sizes());
      long size = child.size;
      if (child.isWhiteout()) {
        DiveNode removed = below.find(path);
        if (removed == null) {
          return false;
        }
        // A removed folder counts for all it held; a removed file counts 0.
        size = removed.isDir ? removed.totalSize() : 0;
      }
      s.cumulative += size;
      if (s.minimum < 0 || size < s.minimum) {
        s.minimum = size;
      }
      s.count++;
    }
    return true;
  }
}
