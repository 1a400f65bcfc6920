package dev.plimsoll.rules;

import dev.plimsoll.rules.dockerfile.shellcheck.ShellCheckPass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Every rule Plimsoll has, and its documentation, for {@code plimsoll rules}. */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** The metadata of every rule, by domain and then in each domain's listed order. */
  public static List<RuleMeta> all() {
    return KnownRules.all();
  }

  /** The rule named {@code id}, by name or alias (aliases in any case). */
  public static Optional<RuleMeta> find(String id) {
    if (ShellCheckPass.isCode(id)) {
      return Optional.of(ShellCheckPass.META);
    }
    return all().stream().filter(r -> r.answersTo(id)).findFirst();
  }

  /**
   * The rule's documentation page ({@code docs/rules/NAME.md}), which the build copies into the
   * jar.
   */
  public static Optional<String> documentation(RuleMeta rule) {
    try (InputStream in =
        RuleCatalog.class.getResourceAsStream("/dev/plimsoll/rules/docs/" + rule.name() + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
