package dev.plimsoll.image.model;

import java.util.List;

/**
 * A package-manager cache or build residue still in the final file system.
 *
 * @param what what it is, e.g. {@code apt package lists}
 * @param location the folder it lives in, normalized ({@code var/lib/apt/lists})
 * @param bytes the sizes of its visible files, summed
 * @param files how many visible files it has
 * @param layers the layers that wrote those files, in order
 */
public record Leftover(String what, String location, long bytes, int files, List<Integer> layers) {
  public Leftover {
    layers = List.copyOf(layers);
  }
}
