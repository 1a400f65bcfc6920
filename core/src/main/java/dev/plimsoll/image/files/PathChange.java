package dev.plimsoll.image.files;

/**
 * What a layer did to a path.
 *
 * @param layer the layer's index, base first
 * @param change what it did
 */
public record PathChange(int layer, Change change) {
  /** The kinds of change. */
  public enum Change {
    ADDED,
    CHANGED,
    REMOVED
  }
}
