package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** HEALTHCHECK, as BuildKit's {@code parseHealthcheck} checks it (instructions/parse.go). */
final class Healthchecks {
  private static final long MILLISECOND = 1_000_000L;

  private Healthchecks() {}

  static Healthcheck build(Instructions typer, Node node, List<String> v)
      throws DockerfileSyntaxException {
    typer.atLeastOne(node, "HEALTHCHECK", v);
    String type = v.get(0).toUpperCase(Locale.ROOT);
    List<String> rest = v.subList(1, v.size());
    if (type.equals("NONE")) {
      if (!rest.isEmpty()) {
        throw typer.error(node, "HEALTHCHECK NONE takes no arguments");
      }
      // BuildKit never parses the flags of HEALTHCHECK NONE: any are ignored.
      return new Healthcheck(node, Flags.parse(node.flags()), Optional.empty());
    }
    Flags flags = typer.flags(node, Instructions.healthcheckFlags());
    if (!type.equals("CMD")) {
      throw typer.error(
          node, "Unknown type " + GoDuration.quote(type) + " in HEALTHCHECK (try CMD)");
    }
    if (rest.isEmpty()) {
      throw typer.error(node, "Missing command after HEALTHCHECK CMD");
    }
    for (String name : List.of("interval", "timeout", "start-period", "start-interval")) {
      Optional<String> problem = interval(name, flags.value(name).orElse(""));
      if (problem.isPresent()) {
        throw typer.error(node, problem.get());
      }
    }
    Optional<String> retries = retries(flags.value("retries").orElse(""));
    if (retries.isPresent()) {
      throw typer.error(node, retries.get());
    }
    return new Healthcheck(node, flags, Optional.of(Instructions.command(node, rest)));
  }

  /** BuildKit's parseOptInterval: empty and zero mean "default"; otherwise at least 1ms. */
  private static Optional<String> interval(String name, String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    GoDuration.Result d = GoDuration.parse(value);
    if (d.error().isPresent()) {
      return d.error();
    }
    long nanos = d.nanos().orElseThrow();
    if (nanos != 0 && nanos < MILLISECOND) {
      return Optional.of("Interval " + GoDuration.quote(name) + " cannot be less than 1ms");
    }
    return Optional.empty();
  }

  /** Go's strconv.ParseInt(value, 10, 32), then BuildKit's check for a negative count. */
  private static Optional<String> retries(String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String prefix = "strconv.ParseInt: parsing " + GoDuration.quote(value) + ": ";
    if (!value.matches("[+-]?[0-9]+")) {
      return Optional.of(prefix + "invalid syntax");
    }
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Optional.of(prefix + "value out of range");
    }
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      return Optional.of(prefix + "value out of range");
    }
    return n < 0 ? Optional.of("--retries cannot be negative (" + n + ")") : Optional.empty();
  }
}
