package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** A label the schema types {@code rfc3339} that holds no RFC 3339 time (hadolint's DL3053). */
final class LabelTimeValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-time-valid",
          List.of("DL3053"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Labels typed rfc3339 in the label schema should hold an RFC 3339 time");

  private static final Pattern RFC3339 =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    SchemaLabels.check(label, ctx, "rfc3339", LabelTimeValid::valid, "an RFC 3339 time");
  }

  /** RFC 3339 section 5.6 date-time, with the date and time that exist. */
  static boolean valid(String value) {
    if (!RFC3339.matcher(value).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(
          value.replace(' ', 'T').replace('t', 'T').replace('z', 'Z'),
          DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
