package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.List;
import java.util.Optional;

/**
 * A service's healthcheck. Durations stay as written ({@code 30s}, {@code 1m30s}).
 *
 * @param test the check, e.g. {@code [CMD-SHELL, curl -f http://localhost]}; empty when the image's
 *     is kept
 * @param disabled {@code disable: true}, or a test of {@code [NONE]}
 */
public record Healthcheck(
    List<String> test,
    Optional<String> interval,
    Optional<String> timeout,
    Optional<String> startPeriod,
    Optional<Integer> retries,
    boolean disabled,
    Position pos) {
  public Healthcheck {
    test = List.copyOf(test);
  }
}
