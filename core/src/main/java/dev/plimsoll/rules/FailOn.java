package dev.plimsoll.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The lowest severity that makes a run fail ({@code --fail-on}, hadolint's {@code
 * failure-threshold}). {@link #NONE} never fails.
 */
public enum FailOn {
  ERROR(Optional.of(Severity.ERROR)),
  WARNING(Optional.of(Severity.WARNING)),
  INFO(Optional.of(Severity.INFO)),
  STYLE(Optional.of(Severity.STYLE)),
  NONE(Optional.empty());

  private final Optional<Severity> threshold;

  FailOn(Optional<Severity> threshold) {
    this.threshold = threshold;
  }

  /** The default of the command-line contract. */
  public static final FailOn DEFAULT = WARNING;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when a finding is at or above the threshold: the exit code should be 1. */
  public boolean fails(Collection<Finding> findings) {
    return threshold.isPresent()
        && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()));
  }

  /**
   * Parses {@code error|warning|info|style|none}, in any case. hadolint's {@code ignore} threshold
   * means the same as {@code none}.
   */
  public static Optional<FailOn> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("ignore")) {
      return Optional.of(NONE);
    }
    for (FailOn f : values()) {
      if (f.label().equals(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
