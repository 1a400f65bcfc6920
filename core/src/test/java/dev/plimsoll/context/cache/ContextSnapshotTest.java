package dev.plimsoll.context.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextSnapshotTest {
  private static final ContextSnapshot FILES =
      ContextSnapshot.of(
          Map.of(
              "package.json", "100644:p",
              "tsconfig.json", "100644:t",
              "config/app.json", "100644:c",
              "src/a.js", "100644:a",
              "src/lib/b.js", "100644:b",
              "src/lib/readme.md", "100644:r",
              "src.txt", "100644:st",
              "src2/c.js", "100644:c2"));

  @Test
  void dotSelectsTheWholeContextSortedByPath() {
    assertThat(FILES.select(".").keySet())
        .containsExactly(
            "config/app.json",
            "package.json",
            "src.txt",
            "src/a.js",
            "src/lib/b.js",
            "src/lib/readme.md",
            "src2/c.js",
            "tsconfig.json");
  }

  @Test
  void aFileSelectsItselfWithItsIdentity() {
    assertThat(FILES.select("src/lib/b.js")).containsExactly(Map.entry("src/lib/b.js", "100644:b"));
  }

  @Test
  void aFolderSelectsWhatItHoldsButNotSiblingsThatShareItsPrefix() {
    assertThat(FILES.select("src").keySet())
        .containsExactly("src/a.js", "src/lib/b.js", "src/lib/readme.md");
    assertThat(FILES.select("src/lib").keySet())
        .containsExactly("src/lib/b.js", "src/lib/readme.md");
  }

  @Test
  void aPathTheContextDoesNotHoldSelectsNothing() {
    assertThat(FILES.select("missing.txt")).isEmpty();
    assertThat(FILES.select("sr")).isEmpty();
  }

  @Test
  void aStarMatchesWithinOneFolder() {
    assertThat(FILES.select("*.json").keySet()).containsExactly("package.json", "tsconfig.json");
  }

  @Test
  void twoStarsMatchAcrossFoldersIncludingNone() {
    assertThat(FILES.select("src/**/*.js").keySet()).containsExactly("src/a.js", "src/lib/b.js");
  }

  @Test
  void aFolderMatchedByAWildcardBringsEverythingUnderIt() {
    assertThat(FILES.select("sr?").keySet())
        .containsExactly("src/a.js", "src/lib/b.js", "src/lib/readme.md");
    assertThat(FILES.select("src*").keySet())
        .containsExactly("src.txt", "src/a.js", "src/lib/b.js", "src/lib/readme.md", "src2/c.js");
  }

  @Test
  void aMalformedWildcardIsRefused() {
    assertThatThrownBy(() -> FILES.select("src/[")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withAddsOrChangesAFileAndLeavesTheOriginalAlone() {
    ContextSnapshot changed = FILES.with("src/a.js", "100644:a2").with("src/new.js", "100644:n");

    assertThat(changed.select("src"))
        .containsExactly(
            Map.entry("src/a.js", "100644:a2"),
            Map.entry("src/lib/b.js", "100644:b"),
            Map.entry("src/lib/readme.md", "100644:r"),
            Map.entry("src/new.js", "100644:n"));
    assertThat(FILES.files()).containsEntry("src/a.js", "100644:a").doesNotContainKey("src/new.js");
    assertThat(FILES.files()).hasSize(8);
  }
}
