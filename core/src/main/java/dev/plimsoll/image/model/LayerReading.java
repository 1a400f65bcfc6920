package dev.plimsoll.image.model;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.LayerListing;
import dev.plimsoll.image.files.LayerTar;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.LayerBlob;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every layer of an image once, two at a time: decompression is the cost, and two threads
 * keep two cores busy. Each layer becomes its own listing, and the listings are returned in layer
 * order, so nothing depends on which thread finished first.
 */
final class LayerReading {
  private static final int THREADS = 2;

  private LayerReading() {}

  static List<LayerListing> readAll(ImageSource source) throws BadInputException {
    int count = source.layers().size();
    if (count == 0) {
      return List.of();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(THREADS, count),
            task -> {
              Thread thread = new Thread(task, "plimsoll-layer-reader");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<LayerListing>> pending = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        pending.add(pool.submit(() -> read(source, index)));
      }
      List<LayerListing> listings = new ArrayList<>(count);
      for (Future<LayerListing> future : pending) {
        listings.add(future.get());
      }
      return List.copyOf(listings);
    } catch (ExecutionException e) {
      // The first failing layer in layer order: the same error whatever the scheduling.
      if (e.getCause() instanceof BadInputException bad) {
        throw bad;
      }
      throw new IllegalStateException("reading the layers of " + source.name(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + source.name(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static LayerListing read(ImageSource source, int index) throws BadInputException {
    LayerBlob blob = source.layers().get(index);
    String layer = "layer " + index + " (" + blob.digest() + ")";
    try (InputStream tar = source.openLayer(index)) {
      return LayerTar.read(layer, tar);
    } catch (BadInputException e) {
      String message = e.getMessage();
      String problem = message.startsWith(layer) ? message : layer + ": " + e.problem();
      throw new BadInputException(source.name(), problem, e);
    } catch (IOException e) {
      // Thrown by close(): a source may check the digest there.
      throw new BadInputException(source.name(), layer + ": " + e.getMessage(), e);
    }
  }
}
