package dev.plimsoll.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Sizes as Docker reads a memory limit, and the heap flags that reach it. */
class HeapFlagsTest {
  private static final long GIB = 1L << 30;

  @Test
  void dockerSizesAreBinaryWithOptionalFractionAndSuffix() {
    assertThat(HeapFlags.dockerBytes("512m")).hasValue(512L << 20);
    assertThat(HeapFlags.dockerBytes("1.5g")).hasValue(3 * GIB / 2);
    assertThat(HeapFlags.dockerBytes("1GiB")).hasValue(GIB);
    assertThat(HeapFlags.dockerBytes("1 GB")).hasValue(GIB);
    assertThat(HeapFlags.dockerBytes("4096")).hasValue(4096);
    assertThat(HeapFlags.dockerBytes("99999999999p")).hasValue(Long.MAX_VALUE);
    assertThat(HeapFlags.dockerBytes("lots")).isEqualTo(OptionalLong.empty());
    assertThat(HeapFlags.dockerBytes("1x")).isEqualTo(OptionalLong.empty());
  }

  @Test
  void theLastHeapFlagCountsAndOnlyFlagsAtOrAboveTheLimitAreReported() {
    assertThat(HeapFlags.reaching("java -Xmx2g -Xmx512m -jar app.jar", GIB)).isEmpty();
    assertThat(HeapFlags.reaching("java -Xmx512m -Xmx1024m -jar app.jar", GIB))
        .hasValueSatisfying(h -> assertThat(h.flag()).isEqualTo("-Xmx1024m"));
    assertThat(HeapFlags.reaching("-XX:MaxRAMPercentage=75.0", GIB)).isEmpty();
    assertThat(HeapFlags.reaching("-XX:MaxRAMFraction=1", GIB)).isPresent();
    assertThat(HeapFlags.reaching("node --max-old-space-size=1023 app.js", GIB)).isEmpty();
    assertThat(HeapFlags.reaching("node --max-old-space-size=1024 app.js", GIB)).isPresent();
    // Not a flag: part of another word, or a size that does not parse.
    assertThat(HeapFlags.reaching("APP_OPTS=x-Xmx4g", GIB)).isEmpty();
    assertThat(HeapFlags.reaching("-Xmx4.5g", GIB)).isEmpty();
    assertThat(HeapFlags.reaching("-Xmx99999999999999999999999g", GIB)).isPresent();
  }
}
