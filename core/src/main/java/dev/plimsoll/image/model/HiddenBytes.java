package dev.plimsoll.image.model;

import dev.plimsoll.image.files.HiddenFile;
import java.util.List;
import java.util.Optional;

/**
 * The bytes one layer stored that a later layer (or the same one) hid: what cleaning up in the
 * storing instruction, instead of in the hiding one, would save.
 *
 * @param storedIn the layer that stored them
 * @param storedBy its instruction, when the history gives it
 * @param hiddenIn the layer that hid them
 * @param hiddenBy its instruction, when the history gives it
 * @param bytes their header sizes, summed
 * @param entries how many entries were hidden
 * @param largest the largest of them, at most {@value Reclaimable#TOP_PATHS}
 */
public record HiddenBytes(
    int storedIn,
    Optional<String> storedBy,
    int hiddenIn,
    Optional<String> hiddenBy,
    long bytes,
    int entries,
    List<HiddenFile> largest) {
  public HiddenBytes {
    largest = List.copyOf(largest);
  }
}
