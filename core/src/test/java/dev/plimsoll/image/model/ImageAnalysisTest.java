package dev.plimsoll.image.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.FileText;
import dev.plimsoll.image.files.HiddenFile;
import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.model.Leftover.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageAnalysisTest {
  private static final String UPDATE = "RUN /bin/sh -c apt-get update # buildkit";
  private static final String CLEAN = "RUN /bin/sh -c rm -rf /var/lib/apt/lists/* # buildkit";

  private static SyntheticImage aptImage() {
    return new SyntheticImage()
        .layer("ADD rootfs.tar /", new TarBuilder().dir("etc").file("etc/os-release", 300))
        .noLayer("ENV DEBIAN_FRONTEND=noninteractive")
        .layer(
            UPDATE,
            new TarBuilder()
                .dir("var/lib/apt/lists")
                .file("var/lib/apt/lists/deb_main_Packages", 38_000)
                .file("var/lib/apt/lists/deb_contrib_Packages", 2_000)
                .file("var/cache/apt/archives/curl.deb", 500)
                .file("tmp/build.log", 70))
        .layer(
            CLEAN,
            new TarBuilder()
                .whiteout("var/lib/apt/lists/deb_main_Packages")
                .whiteout("var/lib/apt/lists/deb_contrib_Packages"));
  }

  @Test
  void reclaimableBytesNameTheInstructionsThatStoredAndHidThem() throws Exception {
    ImageAnalysis analysis = ImageAnalysis.analyze(aptImage());
    assertThat(analysis.reclaimable().bytes()).isEqualTo(40_000);
    HiddenBytes pair = analysis.reclaimable().byLayers().get(0);
    assertThat(pair.storedIn()).isEqualTo(1);
    assertThat(pair.storedBy()).contains(UPDATE);
    assertThat(pair.hiddenIn()).isEqualTo(2);
    assertThat(pair.hiddenBy()).contains(CLEAN);
    assertThat(pair.bytes()).isEqualTo(40_000);
    assertThat(pair.entries()).isEqualTo(2);
    assertThat(pair.largest())
        .extracting(HiddenFile::path, HiddenFile::size)
        .containsExactly(
            tuple("var/lib/apt/lists/deb_main_Packages", 38_000L),
            tuple("var/lib/apt/lists/deb_contrib_Packages", 2_000L));
  }

  @Test
  void leftoversAreTheCachesStillVisible() throws Exception {
    ImageAnalysis analysis = ImageAnalysis.analyze(aptImage());
    assertThat(analysis.leftovers())
        .containsExactly(
            new Leftover(
                Kind.CACHE,
                "apt package archives",
                "var/cache/apt/archives",
                500,
                1,
                java.util.List.of(1)),
            new Leftover(Kind.TEMPORARY, "temporary files", "tmp", 70, 1, java.util.List.of(1)));
  }

  @Test
  void buildToolsAreLeftoversWithTheirBytes() throws Exception {
    SyntheticImage image =
        aptImage()
            .layer(
                "RUN /bin/sh -c apt-get install -y build-essential # buildkit",
                new TarBuilder()
                    .file("usr/bin/x86_64-linux-gnu-gcc-12", 1_000)
                    .symlink("usr/bin/gcc", "gcc-12")
                    .file("usr/bin/gcc-ar-12", 30)
                    .file("usr/bin/make", 200)
                    .file("usr/lib/gcc/x86_64-linux-gnu/12/cc1", 30_000)
                    .file("usr/include/stdio.h", 400)
                    .file("usr/local/go/bin/go", 9_000)
                    .file("usr/lib/x86_64-linux-gnu/libgcc_s.so.1", 100));
    assertThat(ImageAnalysis.analyze(image).leftovers())
        .filteredOn(l -> l.kind() == Kind.BUILD_TOOL)
        .extracting(Leftover::what, Leftover::location, Leftover::bytes, Leftover::files)
        .containsExactly(
            tuple("GCC compiler", "usr/lib/gcc", 30_000L, 1),
            tuple("GCC compiler drivers", "usr/bin", 1_000L, 2),
            tuple("C headers", "usr/include", 400L, 1),
            tuple("Go toolchain", "usr/local/go", 9_000L, 1));
  }

  @Test
  void accountFilesAreReadAsTheLastLayerLeftThem() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .layer(
                "ADD rootfs.tar /",
                new TarBuilder()
                    .file("etc/passwd", "root:x:0:0::/root:/bin/sh\n")
                    .file("etc/shadow", "root::19000::::::\n")
                    .file("etc/group", "root:x:0:\n"))
            .layer(
                "RUN /bin/sh -c useradd app # buildkit",
                new TarBuilder()
                    .file("etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/:/bin/sh\n")
                    .whiteout("etc/group"))
            .layer(
                "RUN /bin/sh -c passwd -l root # buildkit",
                new TarBuilder().file("etc/shadow", "root:!:19000::::::\n"));
    ImageAnalysis analysis = ImageAnalysis.analyze(image);
    assertThat(analysis.files().text("etc/passwd").flatMap(FileText::content))
        .contains("root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/:/bin/sh\n");
    assertThat(analysis.files().text("etc/shadow").flatMap(FileText::content))
        .contains("root:!:19000::::::\n");
    assertThat(analysis.files().text("etc/group")).isEmpty();
    assertThat(analysis.files().text("etc/gshadow")).isEmpty();
  }

  @Test
  void layersCarryTheirSizesAndInstructions() throws Exception {
    ImageAnalysis analysis = ImageAnalysis.analyze(aptImage());
    assertThat(analysis.layers())
        .extracting(
            LayerSummary::index,
            LayerSummary::createdBy,
            LayerSummary::contentSize,
            LayerSummary::fileCount)
        .containsExactly(
            tuple(0, Optional.of("ADD rootfs.tar /"), 300L, 1),
            tuple(1, Optional.of(UPDATE), 40_570L, 4),
            tuple(2, Optional.of(CLEAN), 0L, 0));
    assertThat(analysis.compressedSize())
        .isEqualTo(analysis.layers().stream().mapToLong(LayerSummary::compressedSize).sum());
    assertThat(analysis.uncompressedSize()).isEqualTo(analysis.compressedSize());
    assertThat(analysis.dive().sizeBytes()).isEqualTo(40_870);
    assertThat(analysis.dive().userSizeBytes()).isEqualTo(40_570);
    // The whited-out lists appear twice for dive (stored, then removed for 0 bytes).
    assertThat(analysis.dive().wastedBytes()).isEqualTo(40_000);
    assertThat(analysis.imageId()).isEqualTo("sha256:c0ffee");
  }

  @Test
  void anEmptyCreatedByIsNoInstruction() throws Exception {
    SyntheticImage image = aptImage().layer("", new TarBuilder().file("x", 1));
    assertThat(ImageAnalysis.analyze(image).layers().get(3).createdBy()).isEmpty();
  }

  @Test
  void aDigestMismatchIsOneLineNamingTheImageAndTheLayer() {
    assertThatThrownBy(() -> ImageAnalysis.analyze(aptImage().corrupt(1)))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "synthetic:test: layer 1 (sha256:layer1): sha256:layer1 does not match its bytes"
                + " after entry tmp/build.log");
  }

  @Test
  void aBrokenTarIsOneLineNamingTheImageAndTheLayer() {
    SyntheticImage image =
        new SyntheticImage().layer("RUN x", new TarBuilder().file("../../etc/passwd", 1));
    assertThatThrownBy(() -> ImageAnalysis.analyze(image))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "synthetic:test: layer 0 (sha256:layer0): entry ../../etc/passwd escapes the root");
  }

  @Test
  void theResultDoesNotDependOnWhichLayerIsReadFirst() throws Exception {
    ImageAnalysis first = ImageAnalysis.analyze(aptImage());
    for (int i = 0; i < 20; i++) {
      ImageAnalysis again = ImageAnalysis.analyze(aptImage());
      assertThat(again.layers()).isEqualTo(first.layers());
      assertThat(again.dive()).isEqualTo(first.dive());
      assertThat(again.reclaimable()).isEqualTo(first.reclaimable());
      assertThat(again.files().visible()).isEqualTo(first.files().visible());
    }
  }

  @Test
  void aOneLayerImageWastesNoShareOfItsUserLayers() throws Exception {
    // dive shows NaN here (0 / 0); no user bytes means none of them is wasted.
    ImageAnalysis analysis =
        ImageAnalysis.analyze(
            new SyntheticImage().layer("ADD rootfs.tar /", new TarBuilder().file("bin/sh", 900)));
    assertThat(analysis.dive().userSizeBytes()).isZero();
    assertThat(analysis.dive().wastedBytes()).isZero();
    assertThat(analysis.dive().userWastedPercent()).isZero();
  }
}
