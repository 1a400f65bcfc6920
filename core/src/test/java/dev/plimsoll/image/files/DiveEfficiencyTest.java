package dev.plimsoll.image.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.files.DiveEfficiency.Inefficiency;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dive's efficiency rules (dive/filetree/efficiency.go) on layers small enough to work by hand. */
class DiveEfficiencyTest {

  private static DiveEfficiency of(TarBuilder... layers) throws Exception {
    List<LayerListing> listings = new ArrayList<>();
    for (TarBuilder layer : layers) {
      listings.add(LayerTar.read("layer", new ByteArrayInputStream(layer.build())));
    }
    return DiveEfficiency.of(listings);
  }

  @Test
  void aFileWrittenTwiceCountsBothCopiesAsWasted() throws Exception {
    DiveEfficiency e =
        of(new TarBuilder().file("a", 100).file("b", 50), new TarBuilder().file("a", 100));
    // minimums 100 + 50, cumulative 200 + 50.
    assertThat(e.efficiency()).isEqualTo(150.0 / 250.0);
    assertThat(e.wastedBytes()).isEqualTo(200);
    assertThat(e.inefficiencies()).containsExactly(new Inefficiency("a", 200, 100, 2));
  }

  @Test
  void aWhiteoutOfAFileCountsZeroAndOfAFolderAllItHeld() throws Exception {
    DiveEfficiency e =
        of(
            new TarBuilder().file("f", 10).dir("d").file("d/x", 30).file("d/y", 60),
            new TarBuilder().whiteout("f").whiteout("d"));
    // f: 10 then 0; d/x and d/y once each; d (a leaf only as the whiteout): 90.
    assertThat(e.inefficiencies()).containsExactly(new Inefficiency("f", 10, 0, 2));
    assertThat(e.efficiency()).isEqualTo((0 + 30 + 60 + 90) / (10.0 + 30 + 60 + 90));
  }

  @Test
  void opaqueMarkersAreIgnoredAsDiveIgnoresThem() throws Exception {
    DiveEfficiency e =
        of(new TarBuilder().dir("d").file("d/x", 30), new TarBuilder().dir("d").opaque("d"));
    assertThat(e.efficiency()).isEqualTo(1.0);
    assertThat(e.wastedBytes()).isZero();
  }

  @Test
  void aWhiteoutOfAPathMissingBelowEndsThatLayersWalk() throws Exception {
    // dive's visitor fails on it: the path enters the sums with a minimum of -1, and the leaves
    // after it (in name order) are not counted.
    DiveEfficiency e =
        of(new TarBuilder().file("z", 10), new TarBuilder().whiteout("a").file("z", 10));
    assertThat(e.wastedBytes()).isZero();
    assertThat(e.efficiency()).isEqualTo((10.0 - 1) / 10.0);
  }

  @Test
  void nothingSizedIsFullyEfficient() throws Exception {
    assertThat(of(new TarBuilder().dir("empty")).efficiency()).isEqualTo(1.0);
    assertThat(DiveEfficiency.of(List.of()).efficiency()).isEqualTo(1.0);
  }
}
