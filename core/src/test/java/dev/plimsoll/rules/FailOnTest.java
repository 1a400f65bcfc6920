package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailOnTest {
  private static Finding finding(Severity s) {
    return new Finding("r", List.of(), s, "m", "Dockerfile", 1, 1, 1);
  }

  @Test
  void failsAtOrAboveTheThreshold() {
    List<Finding> info = List.of(finding(Severity.INFO), finding(Severity.STYLE));
    assertThat(FailOn.ERROR.fails(info)).isFalse();
    assertThat(FailOn.WARNING.fails(info)).isFalse();
    assertThat(FailOn.INFO.fails(info)).isTrue();
    assertThat(FailOn.STYLE.fails(info)).isTrue();
    assertThat(FailOn.NONE.fails(List.of(finding(Severity.ERROR)))).isFalse();
    assertThat(FailOn.STYLE.fails(List.of())).isFalse();
  }

  @Test
  void parsesTheCommandLineWordsAndHadolintsIgnore() {
    assertThat(FailOn.parse("Warning")).contains(FailOn.WARNING);
    assertThat(FailOn.parse("none")).contains(FailOn.NONE);
    assertThat(FailOn.parse("ignore")).contains(FailOn.NONE);
    assertThat(FailOn.parse("loud")).isEmpty();
  }
}
