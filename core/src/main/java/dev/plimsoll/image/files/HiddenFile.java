package dev.plimsoll.image.files;

/**
 * Bytes a layer stores that the stacked file system does not show: still downloaded and unpacked,
 * never seen.
 *
 * @param path the path the bytes were stored at
 * @param kind what the hidden entry was
 * @param size its header size
 * @param storedIn the layer that stored it
 * @param hiddenIn the layer that hid it
 * @param how how that layer hid it
 */
public record HiddenFile(
    String path, EntryKind kind, long size, int storedIn, int hiddenIn, Hiding how) {

  /** How a layer hides what lies below. */
  public enum Hiding {
    /** An entry at the same path (or where a folder on its path was) replaced it. */
    OVERWRITTEN,
    /** A {@code .wh.NAME} file deleted it or a folder holding it. */
    WHITEOUT,
    /** A {@code .wh..wh..opq} file made a folder holding it opaque. */
    OPAQUE
  }
}
