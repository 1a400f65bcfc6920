package dev.plimsoll.image.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Any bytes as a layer's tar: listed, or refused with a one-line {@link BadInputException} naming
 * the layer; never another exception or a hang. A listing then stacks, twice over itself, and
 * dive's figures come out of it. Seeds: small tars with every entry kind, whiteouts, an opaque
 * marker, PAX and GNU long names, a path escape, a truncated tar and a gzip header.
 */
class LayerTarFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void listsOrRefuses(byte[] bytes) {
    LayerListing listing;
    try {
      listing = LayerTar.read("layer 0", new ByteArrayInputStream(bytes));
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("layer 0: ").doesNotContain("\n", "\r");
      return;
    }
    assertThat(listing.tarSize()).isEqualTo(bytes.length);
    for (LayerEntry entry : listing.entries()) {
      assertThat(entry.path()).doesNotStartWith("/").doesNotEndWith("/");
      assertThat(entry.path().split("/", -1)).doesNotContain("..", ".");
    }
    FileTree tree = FileTree.stack(List.of(listing, listing));
    long hidden = tree.hidden().stream().mapToLong(HiddenFile::size).sum();
    assertThat(hidden).isNotNegative();
    double efficiency = DiveEfficiency.of(List.of(listing, listing)).efficiency();
    assertThat(efficiency).isNotNaN();
  }
}
