package dev.plimsoll.rules.image;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An account with an empty password field (dockle DKL-LI-0001): in {@code /etc/shadow}, as dockle
 * reads it, and in {@code /etc/passwd}, whose password field is used when it is not {@code x}
 * (shadow(5), passwd(5)). An empty field lets {@code su} and {@code login} in without a password;
 * {@code *} or {@code !} locks the account.
 */
final class ImageEmptyPassword implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-empty-password",
          List.of("DKL-LI-0001"),
          Severity.WARNING,
          Domain.IMAGE,
          "Accounts must not have an empty password: lock them");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    for (String path : List.of("etc/shadow", "etc/passwd")) {
      Optional<AccountFile> file = AccountFile.read(subject, path);
      if (file.isEmpty()) {
        continue;
      }
      List<String> empty = new ArrayList<>();
      for (List<String> fields : file.get().entries()) {
        if (fields.size() > 1 && fields.get(1).isEmpty()) {
          empty.add(fields.get(0));
        }
      }
      if (!empty.isEmpty()) {
        report.accept(
            new Problem(
                file.get().layer(),
                file.get().path()
                    + " gives "
                    + String.join(", ", empty)
                    + " an empty password, so su lets any process in the container become "
                    + (empty.size() == 1 ? "it" : "them")
                    + " without one: lock "
                    + (empty.size() == 1 ? "it" : "them")
                    + ", e.g. RUN passwd -l "
                    + empty.get(0)));
      }
    }
  }
}
