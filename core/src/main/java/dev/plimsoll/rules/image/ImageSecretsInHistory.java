package dev.plimsoll.rules.image;

import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A secret in the image history's {@code created_by} (dockle CIS-DI-0010, its history half): the
 * build arguments a RUN saw ({@code |2 NPM_TOKEN=… /bin/sh -c npm ci}), an ENV or ARG value, a
 * {@code --password} on a command line, a password in a URL, or a token in a credential's format
 * ({@link Secrets}). {@code docker history --no-trunc} shows them to anyone who pulls the image,
 * even when a later step unset the variable. An ENV still in the configuration is left to
 * image-secrets-in-env. Messages show at most a few characters of a value.
 */
final class ImageSecretsInHistory implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-secrets-in-history",
          List.of("CIS-DI-0010"),
          Severity.WARNING,
          Domain.IMAGE,
          "Do not pass secrets as build arguments, ENV values or on command lines");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    Set<String> env = Set.copyOf(subject.config().config().env());
    int last = -1;
    for (ImageSubject.Step step : subject.steps()) {
      String createdBy = step.entry().createdBy();
      last = Math.max(last, step.layer());
      List<Secrets.Found> found =
          Secrets.in(createdBy).stream()
              .filter(f -> !env.contains(f.name() + "=" + f.value()))
              .toList();
      if (found.isEmpty()) {
        continue;
      }
      String instruction = HistoryEntry.instruction(Secrets.redacted(createdBy, found), 80);
      // An ENV or ARG makes no layer: point at the layer it follows.
      int layer = step.layer() >= 0 ? step.layer() : last;
      report.accept(
          new Problem(
              layer,
              "`"
                  + instruction
                  + "` keeps "
                  + found.stream()
                      .map(Secrets.Found::shown)
                      .distinct()
                      .collect(Collectors.joining(", "))
                  + " in the image history, readable by anyone who pulls the image: pass secrets"
                  + " with RUN --mount=type=secret, not as build arguments, ENV or options"));
    }
  }
}
