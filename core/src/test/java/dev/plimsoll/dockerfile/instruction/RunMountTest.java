package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code RUN --mount} values read as BuildKit reads them. */
class RunMountTest {

  @Test
  void readsTypeTargetAndFields() {
    RunMount m = RunMount.parse("type=cache,target=/var/cache/apt/,sharing=locked,id=apt");
    assertThat(m.type()).isEqualTo("cache");
    assertThat(m.target()).contains("/var/cache/apt");
    assertThat(m.fields()).containsEntry("sharing", "locked").containsEntry("id", "apt");
    assertThat(m.keepsOutOfLayer()).isTrue();
  }

  @Test
  void typeDefaultsToBindAndTargetHasAliases() {
    RunMount bind = RunMount.parse("source=.,dst=/src");
    assertThat(bind.type()).isEqualTo("bind");
    assertThat(bind.target()).contains("/src");
    assertThat(bind.keepsOutOfLayer()).isFalse();
    assertThat(RunMount.parse("Type=TMPFS,destination=/tmp").keepsOutOfLayer()).isTrue();
    assertThat(RunMount.parse("\"type=cache\",\"target=/root/.cache\"").target())
        .contains("/root/.cache");
    assertThat(RunMount.parse("type=secret,id=npmrc").target()).isEmpty();
  }

  @Test
  void coversTheFolderAndWhatIsBelowIt() {
    RunMount m = RunMount.parse("type=cache,target=/var/lib/apt");
    assertThat(m.covers("/var/lib/apt")).isTrue();
    assertThat(m.covers("/var/lib/apt/lists")).isTrue();
    assertThat(m.covers("/var/lib/aptitude")).isFalse();
    assertThat(m.covers("/var/lib")).isFalse();
  }

  @Test
  void readsTheMountsOfARun() throws Exception {
    Dockerfile file =
        Dockerfile.of(
            DockerfileParser.parse(
                "Dockerfile",
                "FROM debian:12.5\n"
                    + "RUN --mount=type=cache,target=/a --network=none --mount=type=tmpfs,target=/b"
                    + " true\n"));
    Run run = file.stages().get(0).all(Run.class).get(0);
    List<RunMount> mounts = RunMount.of(run);
    assertThat(mounts).extracting(RunMount::type).containsExactly("cache", "tmpfs");
    assertThat(mounts).extracting(m -> m.target().orElseThrow()).containsExactly("/a", "/b");
  }
}
