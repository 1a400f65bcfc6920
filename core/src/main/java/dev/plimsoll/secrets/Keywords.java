package dev.plimsoll.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  /** By first byte: the keywords that start with it, and the detectors each belongs to. */
  private final byte[][][] words = new byte[256][][];

  private final long[][] owners = new long[256][];

  Keywords(List<Detector> detectors) {
    if (detectors.size() > Long.SIZE) {
      throw new IllegalArgumentException("more than 64 detectors: widen the mask");
    }
    List<List<byte[]>> byFirst = new ArrayList<>();
    List<List<Long>> maskByFirst = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      byFirst.add(new ArrayList<>());
      maskByFirst.add(new ArrayList<>());
    }
    for (int d = 0; d < detectors.size(); d++) {
      for (String keyword : detectors.get(d).keywords()) {
        byte[] bytes = keyword.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        int first = bytes[0] & 0xff;
        byFirst.get(first).add(bytes);
        maskByFirst.get(first).add(1L << d);
      }
    }
    for (int i = 0; i < 256; i++) {
      if (!byFirst.get(i).isEmpty()) {
        words[i] = byFirst.get(i).toArray(new byte[0][]);
        owners[i] = maskByFirst.get(i).stream().mapToLong(Long::longValue).toArray();
      }
    }
  }

  /** The detectors (bit {@code d} for detector {@code d}) whose keywords {@code line} holds. */
  long match(byte[] line, int length) {
    long found = 0;
    for (int i = 0; i < length; i++) {
      int c = LOWER[line[i] & 0xff] & 0xff;
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
    for (int j = 1; j < word.length; j++) {
      if (LOWER[line[at + j] & 0xff] != word[j]) {
        return false;
      }
    }
    return true;
  }
}
