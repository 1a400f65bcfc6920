package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.GoQuote;

/**
 * A shell word that BuildKit refuses to expand: an unterminated quote or {@code ${}}, a bad
 * substitution, an unsupported modifier, an invalid pattern, or a {@code ${VAR?message}} whose
 * variable is unset. The message is BuildKit's own, {@code failed to process "WORD": REASON}; the
 * typed layer adds the file and line.
 */
public final class ExpansionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String word;
  private final String reason;

  ExpansionException(String word, String reason) {
    // BuildKit wraps every lexer error with errors.Wrapf(err, "failed to process %q", source).
    super("failed to process " + GoQuote.quote(word) + ": " + reason);
    this.word = word;
    this.reason = reason;
  }

  /** The word that was being expanded, as written. */
  public String word() {
    return word;
  }

  /** BuildKit's reason without the {@code failed to process} prefix, e.g. {@code X: not set}. */
  public String reason() {
    return reason;
  }
}
