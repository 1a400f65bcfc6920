package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What fixtures cannot hold: files without stages, and long chains of stages. */
class LayerRulesTest {
  private static final List<String> RULES =
      List.of(
          "copy-all-before-install",
          "use-cache-mount",
          "cleanup-in-separate-layer",
          "chown-in-separate-layer");

  private static List<Finding> lint(String text) {
    return new Lint(LintConfig.DEFAULT.withShellcheck(false))
        .text("Dockerfile", text).findings().stream()
            .filter(f -> RULES.contains(f.rule()))
            .toList();
  }

  @Test
  void aFileWithoutStagesHasNoLayersToCompare() {
    assertThat(lint("ARG VERSION=1\n")).isEmpty();
  }

  @Test
  void aLongChainOfStagesIsWalkedOnce() {
    StringBuilder text = new StringBuilder("FROM debian:12.5 AS s0\nCOPY . /app\n");
    int stages = 3000;
    for (int i = 1; i < stages; i++) {
      text.append("FROM s").append(i - 1).append(" AS s").append(i).append('\n');
      text.append("RUN apt-get update && apt-get install -y curl && rm -rf /root/.npm\n");
    }
    text.append("RUN chown -R app /app && npm ci && rm -rf /var/lib/apt/lists/*\n");
    long start = System.nanoTime();
    List<Finding> found = lint(text.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(found)
        .extracting(Finding::rule)
        .contains(
            "copy-all-before-install", "chown-in-separate-layer", "cleanup-in-separate-layer");
  }
}
