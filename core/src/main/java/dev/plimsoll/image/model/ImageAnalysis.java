package dev.plimsoll.image.model;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.DiveEfficiency;
import dev.plimsoll.image.files.FileTree;
import dev.plimsoll.image.files.LayerListing;
import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.LayerBlob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What an image weighs, layer by layer, and what a rebuild could save (spec/image-metrics.md).
 *
 * @param image the image as its source names it
 * @param imageId the digest of its config
 * @param layers its layers, base first
 * @param compressedSize the stored sizes of the layers, summed
 * @param uncompressedSize the sizes of their uncompressed tars, summed
 * @param dive dive's figures
 * @param reclaimable the bytes stored but not visible, and who stored and hid them
 * @param leftovers caches and residue visible in the final file system
 * @param files the final file system, metadata only
 */
public record ImageAnalysis(
    String image,
    String imageId,
    List<LayerSummary> layers,
    long compressedSize,
    long uncompressedSize,
    DiveFigures dive,
    Reclaimable reclaimable,
    List<Leftover> leftovers,
    FileTree files) {

  public ImageAnalysis {
    layers = List.copyOf(layers);
    leftovers = List.copyOf(leftovers);
  }

  /**
   * Reads every layer of {@code source} once and analyses the image. The source stays open.
   *
   * @throws BadInputException when a layer cannot be read: one line naming the image and the layer
   */
  public static ImageAnalysis analyze(ImageSource source) throws BadInputException {
    List<LayerListing> listings = LayerReading.readAll(source);
    List<LayerBlob> blobs = source.layers();
    List<Optional<String>> createdBy = createdBy(source.config(), blobs.size());
    List<LayerSummary> layers = new ArrayList<>();
    long compressed = 0;
    long uncompressed = 0;
    long size = 0;
    for (int i = 0; i < blobs.size(); i++) {
      LayerBlob blob = blobs.get(i);
      LayerListing listing = listings.get(i);
      layers.add(
          new LayerSummary(
              i,
              blob.digest(),
              blob.diffId(),
              blob.compressedSize(),
              listing.tarSize(),
              listing.contentSize(),
              createdBy.get(i),
              listing.fileCount()));
      compressed += blob.compressedSize();
      uncompressed += listing.tarSize();
      size += listing.contentSize();
    }
    // dive/image/image.go: the user size leaves out the first layer, the base image's.
    long userSize = layers.isEmpty() ? 0 : size - layers.get(0).contentSize();
    DiveEfficiency efficiency = DiveEfficiency.of(listings);
    DiveFigures dive =
        new DiveFigures(
            efficiency.efficiency(),
            size,
            userSize,
            efficiency.wastedBytes(),
            userShare(efficiency.wastedBytes(), userSize),
            efficiency.inefficiencies());
    FileTree files = FileTree.stack(listings);
    return new ImageAnalysis(
        source.name(),
        source.configDigest(),
        layers,
        compressed,
        uncompressed,
        dive,
        Reclaimable.of(files.hidden(), createdBy),
        Leftovers.in(files),
        files);
  }

  /**
   * dive's user wasted share, wasted / user size. With no user bytes (a one-layer image) dive
   * divides 0 by 0 and shows NaN; nothing of the user's can be wasted then, so the share is 0,
   * which passes the gate exactly as NaN does in dive, and stays a number in JSON.
   */
  static double userShare(long wasted, long userSize) {
    return userSize == 0 ? 0.0 : (double) wasted / (double) userSize;
  }

  /** The instruction of each layer, as {@link ImageConfig#layerOfEachStep} pairs them. */
  public static List<Optional<String>> createdBy(ImageConfig config, int layers) {
    List<Optional<String>> out = new ArrayList<>(Collections.nCopies(layers, Optional.empty()));
    List<Integer> layerOf = config.layerOfEachStep(layers);
    for (int i = 0; i < layerOf.size(); i++) {
      if (layerOf.get(i) >= 0) {
        out.set(
            layerOf.get(i),
            Optional.of(config.history().get(i).createdBy()).filter(s -> !s.isEmpty()));
      }
    }
    return out;
  }
}
