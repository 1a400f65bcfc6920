package dev.plimsoll.rules.image;

import dev.plimsoll.rules.Rule;
import java.util.function.Consumer;

/** A check of an analysed image. Like every rule it holds no state and only detects. */
public interface ImageRule extends Rule {
  /**
   * Reports what is wrong with the image.
   *
   * @param gates dive's CI thresholds, for the gate rules; the others ignore them
   * @param report takes one problem: the layer it is about (0-based; -1 for the whole image) and
   *     the message
   */
  void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report);

  /** One problem: its layer (-1 for the image as a whole) and what to say. */
  record Problem(int layer, String message) {}
}
