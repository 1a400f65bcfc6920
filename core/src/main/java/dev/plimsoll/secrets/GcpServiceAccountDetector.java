package dev.plimsoll.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Google Cloud service-account key file: JSON with {@code "type": "service_account"} and a {@code
 * "private_key"} holding a PEM key, in either order. The finding is on the key's line. trivy
 * reports the type line alone; the key is required here because a service account's JSON without
 * one (a workload identity configuration, a sample) opens nothing.
 */
final class GcpServiceAccountDetector extends Detector {
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"service_account\"");
  private static final Pattern KEY =
      Pattern.compile("\"private_key\"\\s*:\\s*\"(-----BEGIN[^\"]{32,})\"");

  GcpServiceAccountDetector() {
    super(
        "gcp-service-account",
        "Google Cloud service-account key",
        SecretSeverity.CRITICAL,
        List.of("service_account", "\"private_key\""));
  }

  @Override
  Reading read() {
    return new Reading() {
      private boolean typed;
      private Hit key;

      @Override
      public void line(int number, String text, Consumer<Hit> out) {
        Matcher m = KEY.matcher(text);
        if (key == null && m.find()) {
          key = new Hit(number, m.start(1), m.end(1), m.group(1));
          if (typed) {
            out.accept(key);
          }
        }
        if (!typed && TYPE.matcher(text).find()) {
          typed = true;
          if (key != null) {
            out.accept(key);
          }
        }
      }
    };
  }
}
