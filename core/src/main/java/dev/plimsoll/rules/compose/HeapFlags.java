package dev.plimsoll.rules.compose;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory a JVM or Node process is told it may use, read from its flags, against a container's
 * memory limit. Written by hand: the flags are a handful of patterns, and no library parses both
 * HotSpot's and Docker's size syntaxes.
 */
final class HeapFlags {
  private HeapFlags() {}

  /** One flag that lets the process use {@code bytes} or more (for a percentage: of the limit). */
  record Heap(String flag, long bytes) {}

  /** HotSpot's sizes: digits and an optional k, m, g or t (binary units), bytes without one. */
  private static final Pattern JVM_SIZE =
      Pattern.compile(
          "(?<![\\w-])(-Xmx|-XX:MaxHeapSize=|-XX:MaxRAM=)(\\d+)([kKmMgGtT]?)(?![\\w.])");

  private static final Pattern JVM_PERCENT =
      Pattern.compile("(?<![\\w-])-XX:(MaxRAMPercentage=(\\d+(?:\\.\\d+)?)|MaxRAMFraction=1)\\b");

  /** V8's old space, in MiB; Node takes dashes or underscores. */
  private static final Pattern NODE =
      Pattern.compile("(?<![\\w-])--max[-_]old[-_]space[-_]size[= ](\\d+)\\b");

  /** Docker's sizes (go-units RAMInBytes): 512m, 1g, 1.5g, 1GiB, 1024; binary units. */
  private static final Pattern DOCKER_SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?", Pattern.CASE_INSENSITIVE);

  /** The flag in {@code text} that lets the process reach {@code limit} bytes, if any. */
  static Optional<Heap> reaching(String text, long limit) {
    // The last -Xmx (or MaxHeapSize, its long name) and the last MaxRAM are the ones in force.
    Map<String, Heap> last = new LinkedHashMap<>();
    Matcher m = JVM_SIZE.matcher(text);
    while (m.find()) {
      String kind = m.group(1).equals("-XX:MaxRAM=") ? "ram" : "heap";
      last.put(kind, new Heap(m.group(), bytes(new BigDecimal(m.group(2)), shift(m.group(3)))));
    }
    Matcher p = JVM_PERCENT.matcher(text);
    while (p.find()) {
      double percent = p.group(2) == null ? 100 : Double.parseDouble(p.group(2));
      last.put("percent", new Heap(p.group(), (long) (limit * (percent / 100))));
    }
    Matcher n = NODE.matcher(text);
    while (n.find()) {
      last.put("node", new Heap(n.group(), bytes(new BigDecimal(n.group(1)), 20)));
    }
    return last.values().stream().filter(h -> h.bytes() >= limit).findFirst();
  }

  /** Bytes of a Docker memory size ({@code mem_limit}, {@code limits.memory}), if it is one. */
  static OptionalLong dockerBytes(String size) {
    Matcher m = DOCKER_SIZE.matcher(size.strip());
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        bytes(new BigDecimal(m.group(1)), m.group(2) == null ? 0 : shift(m.group(2))));
  }

  /** {@code n << shift}, at most Long.MAX_VALUE: a size too large to hold is larger than any. */
  private static long bytes(BigDecimal n, int shift) {
    BigDecimal b = n.multiply(BigDecimal.valueOf(1L << shift));
    return b.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : b.longValue();
  }

  private static int shift(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      case "p" -> 50;
      default -> 0;
    };
  }
}
