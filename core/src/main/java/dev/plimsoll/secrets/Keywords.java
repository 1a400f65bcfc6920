package dev.plimsoll.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The prefilter: which detectors' keywords a line holds, in one pass over its bytes, ASCII case
 * folded. Each byte costs a table look-up; only where a keyword can start are the few keywords with
 * that first byte compared. Written here rather than taken from an Aho-Corasick library: thirty-odd
 * short keywords need no automaton, and this works on the raw bytes, so that a line without a
 * keyword is never decoded.
 */
final class Keywords {
  private static final byte[] LOWER = new byte[256];

  static {
    for (int i = 0; i < 256; i++) {
      LOWER[i] = (byte) (i >= 'A' && i <= 'Z' ? i + 32 : i);
    }
  }

  /** By first two bytes: the keywords that start with them, and the detectors each belongs to. */
  private final byte[][][] words = new byte[1 << 16][][];

  private final long[][] owners = new long[1 << 16][];

  Keywords(List<Detector> detectors) {
    if (detectors.size() > Long.SIZE) {
      throw new IllegalArgumentException("more than 64 detectors: widen the mask");
    }
    Map<Integer, List<byte[]>> byFirst = new HashMap<>();
    Map<Integer, List<Long>> maskByFirst = new HashMap<>();
    for (int d = 0; d < detectors.size(); d++) {
      for (String keyword : detectors.get(d).keywords()) {
        byte[] bytes = keyword.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 2) {
          throw new IllegalArgumentException("a keyword of one byte: " + keyword);
        }
        int first = (bytes[0] & 0xff) << 8 | (bytes[1] & 0xff);
        byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(bytes);
        maskByFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(1L << d);
      }
    }
    for (Map.Entry<Integer, List<byte[]>> e : byFirst.entrySet()) {
      words[e.getKey()] = e.getValue().toArray(new byte[0][]);
      owners[e.getKey()] =
          maskByFirst.get(e.getKey()).stream().mapToLong(Long::longValue).toArray();
    }
  }

  /** The detectors (bit {@code d} for detector {@code d}) whose keywords {@code line} holds. */
  long match(byte[] line, int length) {
    long found = 0;
    for (int i = 0; i + 1 < length; i++) {
      int c = (LOWER[line[i] & 0xff] & 0xff) << 8 | (LOWER[line[i + 1] & 0xff] & 0xff);
      byte[][] candidates = words[c];
      if (candidates == null) {
        continue;
      }
      for (int k = 0; k < candidates.length; k++) {
        if (startsAt(line, length, i, candidates[k])) {
          found |= owners[c][k];
        }
      }
    }
    return found;
  }

  private static boolean startsAt(byte[] line, int length, int at, byte[] word) {
    if (at + word.length > length) {
      return false;
    }
    for (int j = 2; j < word.length; j++) {
      if (LOWER[line[at + j] & 0xff] != word[j]) {
        return false;
      }
    }
    return true;
  }
}
