package dev.plimsoll.secrets;

import java.util.OptionalInt;

/**
 * A secret found, without its value.
 *
 * @param detector the detector's id, e.g. {@code aws-access-key-id}
 * @param title what was found, e.g. {@code AWS access key ID}
 * @param severity the detector's severity
 * @param path the file (relative to the image's or folder's root, no leading {@code /}), or the
 *     image config's part, e.g. {@code config:Env}
 * @param line 1-based line; for {@code config:Env}, {@code config:Labels} and {@code
 *     config:history}, the 1-based entry
 * @param column 1-based column of the secret's first character, in characters
 * @param length the secret's length in characters, so that an editor can mark it
 * @param layer the 0-based index of the layer holding the file, when the file is in an image
 * @param excerpt the redacted value: at most its first four characters (and at most a quarter of
 *     it), then {@code ****}
 */
public record SecretFinding(
    String detector,
    String title,
    SecretSeverity severity,
    String path,
    int line,
    int column,
    int length,
    OptionalInt layer,
    String excerpt) {

  /** The mark that stands for the hidden part of every excerpt. */
  public static final String MASK = "****";

  /**
   * The excerpt of {@code value}: so little of it that nobody can use it, enough to tell two
   * findings apart ({@code AKIA****}, {@code ghp_****}).
   */
  static String redact(String value) {
    int shown = Math.min(4, value.length() / 4);
    return value.substring(0, shown) + MASK;
  }

  /** The same finding at another place: the entry of a config list, or a layer. */
  SecretFinding at(int newLine, OptionalInt newLayer) {
    return new SecretFinding(
        detector, title, severity, path, newLine, column, length, newLayer, excerpt);
  }
}
