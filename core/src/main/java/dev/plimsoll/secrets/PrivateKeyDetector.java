package dev.plimsoll.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.function.Consumer;

/**
 * A PEM or OpenPGP armored private key (RFC 7468; RFC 4880 section 6.2): PKCS #1 {@code RSA}, SEC 1
 * {@code EC}, {@code DSA}, PKCS #8 (plain and {@code ENCRYPTED}), {@code OPENSSH} and {@code PGP
 * ... KEY BLOCK}. The marker alone is not a key: libraries that parse keys hold it as a string
 * constant. A key is reported only when base64 follows the marker, on the same line (a JSON string
 * with {@code \n} escapes) or on the next lines, after the armor headers ({@code Proc-Type:},
 * {@code Version:}) and one blank line.
 */
final class PrivateKeyDetector extends Detector {
  private static final Pattern BEGIN =
      Pattern.compile("-----\\s*BEGIN ((?:[A-Z0-9]+ ){0,4})PRIVATE KEY(?: BLOCK)?\\s*-----");

  /** Where the body starts: what may stand before it on its line, in code or JSON. */
  private static final Pattern BODY =
      Pattern.compile("^(?:\\s|\\\\[nr]|[\"'+,(])*[A-Za-z0-9+/]{32}");

  /** What may end the marker's line when the body is on the next: quotes, escapes, a {@code +}. */
  private static final Pattern TAIL = Pattern.compile("^(?:\\s|\\\\[nr]|[\"'+,;)])*$");

  private static final Pattern ARMOR_HEADER = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9-]*: ");

  /** How many lines after the marker may hold headers or blank lines before the body. */
  private static final int LOOKAHEAD = 8;

  PrivateKeyDetector() {
    super("private-key", "Private key", SecretSeverity.HIGH, List.of("private key"));
  }

  @Override
  Reading read() {
    return new KeyReading();
  }

  /** Remembers a marker whose body has not been seen yet. */
  private static final class KeyReading implements Reading {
    private Hit marker;
    private int waited;

    @Override
    public boolean pending() {
      return marker != null;
    }

    @Override
    public void line(int number, String text, Consumer<Hit> out) {
      if (marker != null) {
        waited++;
        if (BODY.matcher(text).find()) {
          out.accept(marker);
          marker = null;
        } else if (waited >= LOOKAHEAD || !(text.isBlank() || ARMOR_HEADER.matcher(text).find())) {
          marker = null;
        }
      }
      Matcher m = BEGIN.matcher(text);
      while (m.find()) {
        Hit hit = new Hit(number, m.start(), m.end(), m.group());
        if (BODY.matcher(text.substring(m.end())).find()) {
          out.accept(hit);
        } else if (TAIL.matcher(text.substring(m.end())).find()) {
          marker = hit;
          waited = 0;
        }
      }
    }
  }
}
