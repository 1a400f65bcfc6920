package dev.plimsoll.image.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plimsoll.image.files.HiddenFile.Hiding;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * dive's own test archives (its Dockerfile.test-image copies, moves, chmods and deletes one file
 * around), analysed as dive's {@code Test_Analysis} analyses them.
 */
class ImageAnalysisCorpusTest {
  private static final Path DIVE = Path.of(System.getProperty("plimsoll.corpus"), "images", "dive");

  private static ImageAnalysis analyze(String archive) throws Exception {
    try (ImageSource source = ImageSources.open("docker-archive:" + DIVE.resolve(archive))) {
      return ImageAnalysis.analyze(source);
    }
  }

  @Test
  void diveFiguresAreDivesOwn() throws Exception {
    ImageAnalysis analysis = analyze("test-docker-image.tar");
    // The expected values of dive's Test_Analysis, compared exactly.
    DiveFigures dive = analysis.dive();
    assertThat(dive.efficiency()).isEqualTo(0.9844212134184309);
    assertThat(dive.sizeBytes()).isEqualTo(1220598);
    assertThat(dive.userSizeBytes()).isEqualTo(66237);
    assertThat(dive.wastedBytes()).isEqualTo(32025);
    assertThat(dive.userWastedPercent()).isEqualTo(0.4834911001404049);
    assertThat(analysis.layers().get(0).contentSize()).isEqualTo(1154361);
    assertThat(dive.inefficiencies())
        .extracting(i -> i.path(), i -> i.cumulativeSize())
        .containsExactly(
            tuple("root/example/somefile1.txt", 12810L),
            tuple("root/saved.txt", 12810L),
            tuple("root/example/somefile3.txt", 6405L));
  }

  @Test
  void plimsollsFiguresOnDivesTestImage() throws Exception {
    ImageAnalysis analysis = analyze("test-docker-image.tar");
    assertThat(analysis.layers()).hasSize(14);
    assertThat(analysis.layers().get(9).createdBy()).contains("/bin/sh -c rm -rf /root/example/");
    assertThat(analysis.compressedSize()).isEqualTo(1470464);
    // Five copies of the 6405-byte README are stored and hidden: chmod 444 over cp, rm -rf over
    // two, mv over the third, chmod +x over the moved one.
    assertThat(analysis.reclaimable().bytes()).isEqualTo(5 * 6405);
    assertThat(analysis.reclaimable().byLayers())
        .extracting(HiddenBytes::storedIn, HiddenBytes::hiddenIn, h -> h.largest().get(0).how())
        .containsExactly(
            tuple(3, 4, Hiding.OVERWRITTEN),
            tuple(4, 9, Hiding.WHITEOUT),
            tuple(5, 9, Hiding.WHITEOUT),
            tuple(6, 7, Hiding.WHITEOUT),
            tuple(7, 13, Hiding.OVERWRITTEN));
    assertThat(analysis.leftovers())
        .containsExactly(
            new Leftover(
                Leftover.Kind.TEMPORARY, "temporary files", "tmp", 6405, 1, java.util.List.of(11)));
    // busybox of 2018 left root without a password; the account files come from layer 1.
    assertThat(analysis.files().text("etc/shadow").flatMap(t -> t.content()).orElseThrow())
        .startsWith("root::10933:0:99999:7:::\ndaemon:*:");
    assertThat(analysis.files().text("etc/passwd").orElseThrow().size()).isEqualTo(340);
    assertThat(analysis.files().text("etc/group").orElseThrow().size()).isEqualTo(307);
    assertThat(analysis.files().get("root/example")).isEmpty();
    assertThat(analysis.files().get("root/saved.txt").orElseThrow().mode()).isEqualTo(0755);
  }

  @Test
  void kanikosGzipLayersGiveTheSameStory() throws Exception {
    ImageAnalysis analysis = analyze("test-kaniko-image.tar");
    assertThat(analysis.layers()).hasSize(14);
    assertThat(analysis.layers().get(1).createdBy()).contains("ADD README.md /somefile.txt");
    assertThat(analysis.compressedSize()).isEqualTo(805037);
    assertThat(analysis.uncompressedSize()).isEqualTo(1588224);
    DiveFigures dive = analysis.dive();
    assertThat(dive.efficiency()).isEqualTo(0.9793688490216431);
    assertThat(dive.sizeBytes()).isEqualTo(1326410);
    assertThat(dive.userSizeBytes()).isEqualTo(94677);
    assertThat(dive.wastedBytes()).isEqualTo(46245);
    assertThat(dive.userWastedPercent()).isEqualTo(46245.0 / 94677.0);
    // This build's README is 9249 bytes: the same five copies hidden, by the same layers.
    assertThat(analysis.reclaimable().bytes()).isEqualTo(5 * 9249);
    assertThat(analysis.reclaimable().byLayers())
        .extracting(HiddenBytes::storedIn, HiddenBytes::hiddenIn)
        .containsExactly(tuple(3, 4), tuple(4, 9), tuple(5, 9), tuple(6, 7), tuple(7, 13));
  }
}
