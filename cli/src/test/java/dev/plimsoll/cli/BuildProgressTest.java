package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildProgressTest {
  // Docker 20.10's BuildKit, second build after a change to b.txt (trimmed, as printed).
  private static final String REBUILD =
      """
      #1 [internal] load build definition from Dockerfile
      #1 sha256:0f5b6ad6bd3bb0fae6bd7c0e1ba0b3a2ed0c7f5b7d8c0e8f0a1b2c3d4e5f6a7b
      #1 transferring dockerfile: 131B done
      #1 DONE 0.0s

      #3 [1/4] FROM docker.io/local/busybox
      #3 sha256:5c1a7ee4b1c2e9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4
      #3 DONE 0.0s

      #5 [internal] load build context
      #5 transferring context: 70B done
      #5 DONE 0.0s

      #6 [3/4] COPY b.txt /b.txt
      #6 DONE 0.1s

      #4 [2/4] COPY a.txt /a.txt
      #4 sha256:9d8da643a97dd863a9d1479dbcfc46d20510b2edd32fe6380963fd354abf2c0e
      #4 CACHED

      #7 [4/4] RUN cat /a.txt /b.txt > /ab.txt
      #7 DONE 0.2s

      #8 exporting to image
      #8 DONE 0.0s
      """;

  @Test
  void readsWhichStepsWereCachedAndWhichRan() {
    BuildProgress p = BuildProgress.parse(REBUILD);
    assertThat(p.steps()).extracting(BuildProgress.Step::index).containsExactly(1, 2, 3, 4);
    assertThat(p.cached()).containsExactly("COPY a.txt /a.txt");
    assertThat(p.rebuilt()).containsExactly("COPY b.txt /b.txt", "RUN cat /a.txt /b.txt > /ab.txt");
    assertThat(p.step("FROM docker.io/local/busybox")).hasValueSatisfying(s -> s.isFrom());
  }

  @Test
  void namedStagesAndInterleavedVerticesKeepTheirOwnStatus() {
    String plain =
        """
        #4 [builder 1/2] FROM docker.io/local/debian:bookworm
        #6 [stage-1 2/2] COPY --from=builder /out /out
        #5 [builder 2/2] RUN make > /out
        #5 CACHED
        #6 0.105 some output that says CACHED
        #6 DONE 0.1s
        """;
    BuildProgress p = BuildProgress.parse(plain);
    assertThat(p.buildSteps())
        .extracting(BuildProgress.Step::toString)
        .containsExactly(
            "[builder 2/2] RUN make > /out CACHED", "[stage-1 2/2] COPY --from=builder /out /out");
  }
}
