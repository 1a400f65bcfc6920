package dev.plimsoll.rules.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathListTest {
  @Test
  void namesUpToFivePathsAsTheyAre() {
    assertThat(PathList.shown(List.of("/a"))).isEqualTo("/a");
    assertThat(PathList.shown(List.of("/a", "/b", "/c", "/d", "/e")))
        .isEqualTo("/a, /b, /c, /d, /e");
  }

  @Test
  void countsTheRestPastFive() {
    assertThat(PathList.shown(List.of("/a", "/b", "/c", "/d", "/e", "/f", "/g")))
        .isEqualTo("/a, /b, /c, /d, /e and 2 more");
  }
}
