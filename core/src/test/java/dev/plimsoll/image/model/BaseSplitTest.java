package dev.plimsoll.image.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.model.BaseSplit.Basis;
import dev.plimsoll.image.model.BaseSplit.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseSplitTest {
  /** node on debian, then an app: the base is the first two layers, ended by node's CMD. */
  private static SyntheticImage appOnNode() {
    return new SyntheticImage()
        .layer("/bin/sh -c #(nop) ADD file:1234 in / ", new TarBuilder().file("bin/bash", 1_000))
        .noLayer("/bin/sh -c #(nop)  CMD [\"bash\"]")
        .layer(
            "/bin/sh -c apt-get update && install node",
            new TarBuilder().file("usr/bin/node", 5_000).file("etc/motd", 40))
        .noLayer("/bin/sh -c #(nop)  CMD [\"node\"]")
        .noLayer("WORKDIR /app")
        .layer(
            "COPY . . # buildkit",
            new TarBuilder().file("app/index.js", 300).file("app/build.tgz", 2_000))
        .layer(
            "RUN /bin/sh -c rm /app/build.tgz /etc/motd # buildkit",
            new TarBuilder().whiteout("app/build.tgz").whiteout("etc/motd"))
        .noLayer("CMD [\"node\", \"index.js\"]");
  }

  @Test
  void theHistorysLastCmdBeforeALayerEndsTheBase() throws Exception {
    ImageAnalysis a = ImageAnalysis.analyze(appOnNode());
    BaseSplit split = BaseSplit.inferred(a, appOnNode().config().history());
    assertThat(split.basis()).isEqualTo(Basis.HISTORY);
    assertThat(split.baseLayers()).isEqualTo(2);
    assertThat(split.baseImage()).isEmpty();
    assertThat(split.base())
        .isEqualTo(
            new Side(
                2,
                6_040,
                a.layers().get(0).compressedSize() + a.layers().get(1).compressedSize(),
                3));
    assertThat(split.own().layers()).isEqualTo(2);
    assertThat(split.own().bytes()).isEqualTo(2_300);
    assertThat(split.own().files()).isEqualTo(2);
    // build.tgz: yours to save; /etc/motd: the base's, still shipped under your whiteout.
    assertThat(split.ownReclaimableBytes()).isEqualTo(2_000);
    assertThat(split.baseBytesHidden()).isEqualTo(40);
  }

  @Test
  void withoutACmdBetweenLayersTheBaseIsTheFirstLayerAsInDive() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .layer("Imported from -", new TarBuilder().file("bin/sh", 900))
            .layer("RUN /bin/sh -c make # buildkit", new TarBuilder().file("app", 50))
            .noLayer("CMD [\"/app\"]");
    ImageAnalysis a = ImageAnalysis.analyze(image);
    BaseSplit split = BaseSplit.inferred(a, image.config().history());
    assertThat(split.basis()).isEqualTo(Basis.FIRST_LAYER);
    assertThat(split.baseLayers()).isEqualTo(1);
    assertThat(split.own().bytes()).isEqualTo(a.dive().userSizeBytes());
  }

  @Test
  void aGivenBaseMustBeginTheImage() throws Exception {
    ImageAnalysis a = ImageAnalysis.analyze(appOnNode());
    BaseSplit split =
        BaseSplit.given(
            a,
            "docker-archive:node.tar",
            List.of(SyntheticImage.diffId(0), SyntheticImage.diffId(1)));
    assertThat(split.basis()).isEqualTo(Basis.GIVEN);
    assertThat(split.baseImage()).isEqualTo(Optional.of("docker-archive:node.tar"));
    assertThat(split.baseLayers()).isEqualTo(2);

    assertThatThrownBy(
            () ->
                BaseSplit.given(
                    a,
                    "docker-archive:alpine.tar",
                    List.of(SyntheticImage.diffId(0), "sha256:other")))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "docker-archive:alpine.tar: not the base of synthetic:test: its layer 2 (sha256:other)"
                + " is not the image's (sha256:diff1)");
    List<String> five = List.of("a", "b", "c", "d", "e");
    assertThatThrownBy(() -> BaseSplit.given(a, "big.tar", five))
        .hasMessage("big.tar: not the base of synthetic:test: it has 5 layers, the image 4");
  }
}
