package dev.plimsoll.rules;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, most severe first. Names follow hadolint's. */
public enum Severity {
  ERROR(4),
  WARNING(3),
  INFO(2),
  STYLE(1);

  private final int rank;

  Severity(int rank) {
    this.rank = rank;
  }

  /** The lower-case name used on the command line, in configuration and in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this is as severe as {@code threshold} or more. */
  public boolean atLeast(Severity threshold) {
    return rank >= threshold.rank;
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code style}, in any case. */
  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(text.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
