package dev.plimsoll.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiveGatesTest {
  @TempDir Path dir;

  @Test
  void defaultsAreDives() {
    assertThat(DiveGates.DEFAULT)
        .isEqualTo(
            new DiveGates(OptionalDouble.of(0.9), OptionalLong.empty(), OptionalDouble.of(0.1)));
  }

  @Test
  void readsADiveCiFile() throws Exception {
    Path f = dir.resolve(".dive-ci");
    Files.writeString(
        f,
        "rules:\n  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n  highestUserWastedPercent: disabled\n");
    assertThat(DiveGates.read(f))
        .isEqualTo(
            new DiveGates(
                OptionalDouble.of(0.95), OptionalLong.of(20_000_000L), OptionalDouble.empty()));
  }

  @Test
  void sizesReadAsGoHumanizeReadsThem() throws Exception {
    assertThat(DiveGates.bytes("20MiB", "x")).hasValue(20L * 1024 * 1024);
    assertThat(DiveGates.bytes("1.5 GB", "x")).hasValue(1_500_000_000L);
    assertThat(DiveGates.bytes("512", "x")).hasValue(512L);
    assertThat(DiveGates.bytes("2kb", "x")).hasValue(2000L);
    assertThat(DiveGates.bytes("disabled", "x")).isEmpty();
  }

  @Test
  void badValuesAreOneLineNamingTheFile() throws Exception {
    Path f = dir.resolve(".dive-ci");
    Files.writeString(f, "rules:\n  lowestEfficiency: high\n");
    assertThatThrownBy(() -> DiveGates.read(f))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(".dive-ci")
        .hasMessageContaining("lowestEfficiency must be a ratio");
    assertThatThrownBy(() -> DiveGates.bytes("lots", "flag"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("highestWastedBytes must be a size");
  }
}
