package dev.plimsoll.image.model;

import java.util.List;

/**
 * A package-manager cache, build residue or build tool still in the final file system.
 *
 * @param kind what sort of leftover it is
 * @param what what it is, e.g. {@code apt package lists}
 * @param location the folder it lives in, normalized ({@code var/lib/apt/lists})
 * @param bytes the sizes of its visible files, summed
 * @param files how many visible files it has
 * @param layers the layers that wrote those files, in order
 */
public record Leftover(
    Kind kind, String what, String location, long bytes, int files, List<Integer> layers) {
  public Leftover {
    layers = List.copyOf(layers);
  }

  /** The sorts of leftover, each with the advice that removes it. */
  public enum Kind {
    /** A package manager's or build tool's download cache. */
    CACHE,
    /** Temporary files ({@code /tmp}, {@code /var/tmp}). */
    TEMPORARY,
    /** A compiler, its headers or a language toolchain: needed to build, not to run. */
    BUILD_TOOL;

    /** The kind as reports name it: {@code cache}, {@code temporary}, {@code build-tool}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
