package dev.plimsoll.image.model;

import dev.plimsoll.image.files.DiveEfficiency.Inefficiency;
import java.util.List;

/**
 * The figures dive reports ({@code dive/image/image.go}, {@code Analyze}), equal to dive's on the
 * same image; spec/image-metrics.md defines each.
 *
 * @param efficiency dive's efficiency score, from 0 to 1
 * @param sizeBytes the sum of every layer's {@link LayerSummary#contentSize()}
 * @param userSizeBytes the same without the first layer
 * @param wastedBytes the sizes of the paths found in two or more layers, first copy included
 * @param userWastedPercent {@code wastedBytes / userSizeBytes}, a share (0.1 is 10 %) despite its
 *     name, which is dive's; NaN or infinite when the user size is 0, as in dive
 * @param inefficiencies the paths found in two or more layers, the largest first
 */
public record DiveFigures(
    double efficiency,
    long sizeBytes,
    long userSizeBytes,
    long wastedBytes,
    double userWastedPercent,
    List<Inefficiency> inefficiencies) {
  public DiveFigures {
    inefficiencies = List.copyOf(inefficiencies);
  }
}
