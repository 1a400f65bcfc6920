package dev.plimsoll.dockerfile.instruction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Go's {@code time.ParseDuration}, which BuildKit applies to the HEALTHCHECK interval flags: a
 * signed sequence of decimal numbers, each with a unit ({@code 300ms}, {@code 1h30m}, {@code
 * 1.5s}). Only the checks and their messages are ported; the value is returned in nanoseconds.
 */
final class GoDuration {
  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L,
          "\u03bcs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private GoDuration() {}

  /** The duration in nanoseconds, or Go's error message. */
  static Result parse(String text) {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return new Result(Optional.of(0L), Optional.empty());
    }
    if (s.isEmpty()) {
      return invalid(text);
    }
    BigDecimal total = BigDecimal.ZERO;
    while (!s.isEmpty()) {
      int i = 0;
      while (i < s.length() && isAsciiDigit(s.charAt(i))) {
        i++;
      }
      boolean pre = i > 0;
      boolean post = false;
      int number = i;
      if (i < s.length() && s.charAt(i) == '.') {
        int j = i + 1;
        while (j < s.length() && isAsciiDigit(s.charAt(j))) {
          j++;
        }
        post = j > i + 1;
        number = j;
      }
      if (!pre && !post) {
        return invalid(text);
      }
      BigDecimal value = new BigDecimal(s.substring(0, number).replaceAll("\\.$", ""));
      int unitEnd = number;
      while (unitEnd < s.length() && s.charAt(unitEnd) != '.' && !isAsciiDigit(s.charAt(unitEnd))) {
        unitEnd++;
      }
      if (unitEnd == number) {
        return error("time: missing unit in duration " + quote(text));
      }
      String unit = s.substring(number, unitEnd);
      Long nanos = UNITS.get(unit);
      if (nanos == null) {
        return error("time: unknown unit " + quote(unit) + " in duration " + quote(text));
      }
      total = total.add(value.multiply(BigDecimal.valueOf(nanos)));
      if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        return invalid(text);
      }
      s = s.substring(unitEnd);
    }
    long nanos = total.longValue();
    return new Result(Optional.of(negative ? -nanos : nanos), Optional.empty());
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Result invalid(String text) {
    return error("time: invalid duration " + quote(text));
  }

  private static Result error(String message) {
    return new Result(Optional.empty(), Optional.of(message));
  }

  // Go quotes with strconv.Quote; flag values rarely hold anything that needs more than this.
  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Exactly one of the two is present. */
  record Result(Optional<Long> nanos, Optional<String> error) {}
}
