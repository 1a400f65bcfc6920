package dev.plimsoll.image.files;

/**
 * What a layer's tar entry is. {@link #WHITEOUT} and {@link #OPAQUE} are the OCI image spec's
 * markers (layer.md, "Whiteouts"): a {@code .wh.NAME} file deletes NAME from the layers below, a
 * {@code .wh..wh..opq} file hides every child the folder had in the layers below.
 */
public enum EntryKind {
  FILE,
  DIRECTORY,
  SYMLINK,
  HARDLINK,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  FIFO,
  WHITEOUT,
  OPAQUE;

  /** True for the whiteout markers, which delete rather than add. */
  public boolean isMarker() {
    return this == WHITEOUT || this == OPAQUE;
  }
}
