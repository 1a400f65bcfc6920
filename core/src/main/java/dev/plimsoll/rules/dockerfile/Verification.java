package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import java.util.Set;

/**
 * Whether a script checks what it downloaded: a checksum tool ({@code sha256sum -c}, {@code
 * shasum}, also inside {@code [ "$(sha256sum f)" = ... ]}), {@code gpg --verify}, {@code gpgv},
 * {@code cosign verify-blob}, {@code minisign -V} or {@code openssl dgst}.
 */
final class Verification {
  private Verification() {}

  private static final Set<String> CHECKSUMS =
      Set.of(
          "sha1sum",
          "sha224sum",
          "sha256sum",
          "sha384sum",
          "sha512sum",
          "shasum",
          "b2sum",
          "md5sum",
          "gpgv",
          "gpgv2",
          "signify");

  static boolean in(ShellScript script) {
    for (SimpleCommand c : script.commands()) {
      if (verifies(c.unwrapped())) {
        return true;
      }
      for (ShellScript sub : c.substitutions()) {
        for (SimpleCommand inner : sub.commands()) {
          if (verifies(inner.unwrapped())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean verifies(SimpleCommand c) {
    if (c.is(CHECKSUMS.toArray(String[]::new))) {
      return true;
    }
    if (c.is("gpg", "gpg2")) {
      return c.hasFlag("--verify");
    }
    if (c.is("cosign")) {
      return c.subcommand().filter(w -> w.unquoted().startsWith("verify")).isPresent();
    }
    if (c.is("minisign")) {
      return c.hasFlag("-V");
    }
    return c.is("openssl") && c.subcommand().filter(w -> w.is("dgst")).isPresent();
  }
}
