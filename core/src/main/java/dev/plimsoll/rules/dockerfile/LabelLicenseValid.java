package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A label the schema types {@code spdx} that holds no SPDX license (hadolint's DL3054). hadolint
 * takes one license identifier; Plimsoll also takes an SPDX license expression ({@code MIT OR
 * Apache-2.0}, {@code GPL-2.0-only WITH Classpath-exception-2.0}), which is what {@code
 * org.opencontainers.image.licenses} is specified to hold, and {@code LicenseRef-} identifiers.
 * Identifiers compare without case, as the SPDX specification says they do.
 */
final class LabelLicenseValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-license-valid",
          List.of("DL3054"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Labels typed spdx in the label schema should hold an SPDX license");

  private static final Set<String> IDS = load();
  private static final Pattern TOKEN = Pattern.compile("\\s+|(?=[()])|(?<=[()])");
  private static final Pattern REF =
      Pattern.compile("(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
  private static final Pattern EXCEPTION = Pattern.compile("[A-Za-z0-9.-]+");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    SchemaLabels.check(label, ctx, "spdx", LabelLicenseValid::valid, "an SPDX license");
  }

  /** Licenses joined by AND, OR and WITH, in brackets or not; brackets must balance. */
  static boolean valid(String value) {
    boolean wantLicense = true;
    boolean afterWith = false;
    int depth = 0;
    for (String t : TOKEN.split(value.strip(), -1)) {
      if (t.isEmpty()) {
        continue;
      }
      String op = t.toUpperCase(Locale.ROOT);
      if (t.equals("(") && wantLicense) {
        depth++;
      } else if (t.equals(")") && !wantLicense && depth > 0) {
        depth--;
      } else if ((op.equals("AND") || op.equals("OR") || op.equals("WITH")) && !wantLicense) {
        wantLicense = true;
        afterWith = op.equals("WITH");
      } else if (wantLicense && (afterWith ? EXCEPTION.matcher(t).matches() : isLicense(t))) {
        wantLicense = false;
        afterWith = false;
      } else {
        return false;
      }
    }
    return !wantLicense && depth == 0;
  }

  private static boolean isLicense(String token) {
    String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
    return IDS.contains(id.toLowerCase(Locale.ROOT)) || REF.matcher(token).matches();
  }

  /** The identifiers from the SPDX license list; the resource names its source. */
  private static Set<String> load() {
    try (InputStream in = LabelLicenseValid.class.getResourceAsStream("spdx-license-ids.txt");
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    java.util.Objects.requireNonNull(in, "spdx-license-ids.txt"),
                    StandardCharsets.UTF_8))) {
      return r.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
