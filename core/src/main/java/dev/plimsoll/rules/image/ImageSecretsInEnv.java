package dev.plimsoll.rules.image;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/**
 * An environment variable whose name says it holds a secret ({@link Secrets}), with a value, or
 * whose value has a credential's format, in the image's configuration: anyone who can pull the
 * image can read it (dockle CIS-DI-0010).
 */
final class ImageSecretsInEnv implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-secrets-in-env",
          List.of("CIS-DI-0010"),
          Severity.WARNING,
          Domain.IMAGE,
          "Do not store secrets in the image environment");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    for (String e : subject.config().config().env()) {
      int eq = e.indexOf('=');
      String name = eq < 0 ? e : e.substring(0, eq);
      String value = eq < 0 ? "" : e.substring(eq + 1);
      if (!value.isEmpty() && (Secrets.secretName(name) || Secrets.credentialFormat(value))) {
        report.accept(
            new Problem(
                -1,
                "ENV "
                    + name
                    + " holds a value in the image configuration, readable by anyone who pulls"
                    + " it: pass it at run time, or use a secret mount at build time"));
      }
    }
  }
}
