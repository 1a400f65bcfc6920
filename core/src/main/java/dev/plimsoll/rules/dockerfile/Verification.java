package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.shell.Command;
import dev.plimsoll.dockerfile.shell.Pipeline;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a script checks a file it downloaded: a pipeline that runs a checksum tool ({@code
 * sha256sum -c}, {@code shasum}), {@code gpg --verify}, {@code gpgv}, {@code cosign verify-blob},
 * {@code minisign -V} or {@code openssl dgst} and names the file ({@code echo "$SHA *f" | sha256sum
 * -c -}, also inside {@code [ "$(sha256sum f)" = ... ]}), or checks a list of checksums ({@code
 * sha256sum -c SHA256SUMS}). A check of another file in the same RUN does not count.
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
          "md5sum");

  static boolean covers(ShellScript script, String file) {
    List<ShellScript> scripts = new ArrayList<>();
    scripts.add(script);
    script.commands().forEach(c -> scripts.addAll(c.substitutions()));
    for (ShellScript s : scripts) {
      for (Pipeline p : s.pipelines()) {
        boolean verifies = false;
        boolean names = false;
        for (Command command : p.commands()) {
          if (command instanceof SimpleCommand c) {
            SimpleCommand u = c.unwrapped();
            verifies |= verifies(u);
            names |= checksumList(u) || c.words().stream().anyMatch(w -> mentions(w, file));
          }
        }
        if (verifies && names) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentions(Word word, String file) {
    return word.unquoted().contains(file);
  }

  private static boolean verifies(SimpleCommand c) {
    if (c.is(CHECKSUMS.toArray(String[]::new)) || c.is("gpgv", "gpgv2", "signify")) {
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

  /** {@code sha256sum -c SHA256SUMS}: the names are in the list, not on the command line. */
  private static boolean checksumList(SimpleCommand c) {
    return c.is(CHECKSUMS.toArray(String[]::new))
        && c.hasAnyFlag("-c", "--check")
        && c.argsWithoutFlags().stream().anyMatch(w -> !w.is("-"));
  }
}
