package dev.plimsoll.rules;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The check every fixture test makes: each actual finding takes the first expectation it matches,
 * each expectation at most once; an expectation left over is MISSING, a finding left over
 * UNEXPECTED, and either fails the test with the fixture's listing, both lists and the difference.
 */
public final class ExpectedFindings {
  private ExpectedFindings() {}

  /** Numbered lines of a fixture's text, for the failure message. */
  public static String listing(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(String.format("%4d | %s%n", i + 1, lines.get(i)));
    }
    return out.toString();
  }

  /** Fails unless {@code actual} and {@code expected} pair up exactly. */
  public static <E, A> void assertExactly(
      String header,
      List<E> expected,
      List<A> actual,
      BiPredicate<E, A> matches,
      Function<A, String> describe) {
    List<E> missing = new ArrayList<>(expected);
    List<A> unexpected = new ArrayList<>();
    for (A f : actual) {
      E hit = missing.stream().filter(e -> matches.test(e, f)).findFirst().orElse(null);
      if (hit == null) {
        unexpected.add(f);
      } else {
        missing.remove(hit);
      }
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder(header);
    out.append("expected:\n");
    expected.forEach(e -> out.append("  ").append(e).append('\n'));
    out.append("actual:\n");
    actual.forEach(f -> out.append("  ").append(describe.apply(f)).append('\n'));
    missing.forEach(e -> out.append("MISSING    ").append(e).append('\n'));
    unexpected.forEach(f -> out.append("UNEXPECTED ").append(describe.apply(f)).append('\n'));
    fail(out.toString());
  }
}
