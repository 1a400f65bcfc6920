package dev.plimsoll.rules.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import dev.plimsoll.rules.ConfigYaml;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dive's CI gates ({@code dive --ci}, {@code .dive-ci}): the lowest efficiency, the highest wasted
 * bytes and the highest share of the user layers wasted, each off with {@code disabled}. The
 * defaults are dive's: 0.9, off, 0.1. Byte sizes read as dive reads them (go-humanize: {@code 20MB}
 * is 20,000,000 bytes, {@code 20MiB} 20,971,520).
 *
 * @param lowestEfficiency fail below this efficiency
 * @param highestWastedBytes fail above this many wasted bytes
 * @param highestUserWastedPercent fail above this share (0 to 1) of the user size wasted
 */
public record DiveGates(
    OptionalDouble lowestEfficiency,
    OptionalLong highestWastedBytes,
    OptionalDouble highestUserWastedPercent) {

  public static final DiveGates DEFAULT =
      new DiveGates(OptionalDouble.of(0.9), OptionalLong.empty(), OptionalDouble.of(0.1));

  private static final Pattern SIZE =
      Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgtpe]?)(i?)(b?)\\s*");

  /** Reads a {@code .dive-ci} file ({@code rules:} with the three keys) on top of the defaults. */
  public static DiveGates read(Path file) throws BadInputException {
    Optional<JsonNode> root = ConfigYaml.read(file);
    DiveGates g = DEFAULT;
    if (root.isEmpty()) {
      return g;
    }
    JsonNode rules = root.get().path("rules");
    String name = file.toString();
    if (rules.has("lowestEfficiency")) {
      g = g.withLowestEfficiency(rules.get("lowestEfficiency").asText(), name);
    }
    if (rules.has("highestWastedBytes")) {
      g = g.withHighestWastedBytes(rules.get("highestWastedBytes").asText(), name);
    }
    if (rules.has("highestUserWastedPercent")) {
      g = g.withHighestUserWastedPercent(rules.get("highestUserWastedPercent").asText(), name);
    }
    return g;
  }

  public DiveGates withLowestEfficiency(String value, String where) throws BadInputException {
    return new DiveGates(
        ratio(value, where, "lowestEfficiency"), highestWastedBytes, highestUserWastedPercent);
  }

  public DiveGates withHighestWastedBytes(String value, String where) throws BadInputException {
    return new DiveGates(lowestEfficiency, bytes(value, where), highestUserWastedPercent);
  }

  public DiveGates withHighestUserWastedPercent(String value, String where)
      throws BadInputException {
    return new DiveGates(
        lowestEfficiency, highestWastedBytes, ratio(value, where, "highestUserWastedPercent"));
  }

  private static OptionalDouble ratio(String value, String where, String key)
      throws BadInputException {
    if (value.strip().equalsIgnoreCase("disabled")) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(value.strip());
      if (d < 0 || d > 1 || Double.isNaN(d)) {
        throw new BadInputException(
            where, key + " must be a ratio from 0 to 1 or disabled, not " + value);
      }
      return OptionalDouble.of(d);
    } catch (NumberFormatException e) {
      throw new BadInputException(
          where, key + " must be a ratio from 0 to 1 or disabled, not " + value);
    }
  }

  /** go-humanize's ParseBytes: SI units by default, IEC with an {@code i}; no unit is bytes. */
  static OptionalLong bytes(String value, String where) throws BadInputException {
    if (value.strip().equalsIgnoreCase("disabled")) {
      return OptionalLong.empty();
    }
    Matcher m = SIZE.matcher(value);
    if (!m.matches()) {
      throw new BadInputException(
          where, "highestWastedBytes must be a size such as 20MB or disabled, not " + value);
    }
    String prefix = m.group(2).toLowerCase(Locale.ROOT);
    int power = prefix.isEmpty() ? 0 : "kmgtpe".indexOf(prefix) + 1;
    BigDecimal unit = BigDecimal.valueOf(m.group(3).isEmpty() ? 1000 : 1024).pow(power);
    BigDecimal n = new BigDecimal(m.group(1)).multiply(unit);
    if (n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new BadInputException(where, "highestWastedBytes is too large: " + value);
    }
    return OptionalLong.of(n.longValue());
  }
}
