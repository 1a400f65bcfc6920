package dev.plimsoll.report;

/**
 * Makes text from Dockerfiles and messages safe to show. A Dockerfile is untrusted input: an escape
 * sequence in it must not recolour or rewrite the user's terminal, and XML 1.0 cannot carry most
 * control characters at all, not even as character references (XML 1.0 §2.2).
 */
final class Visible {

  private Visible() {}

  /**
   * Returns {@code text} with every control character except tab (C0, DEL, C1), every lone
   * surrogate and the non-characters U+FFFE and U+FFFF written as {@code \}{@code uXXXX}.
   */
  static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (shown(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      out.append(String.format("\\u%04X", (int) c));
    }
    return out == null ? text : out.toString();
  }

  private static boolean shown(char c) {
    if (c == '\t') {
      return true;
    }
    return !Character.isISOControl(c)
        && !Character.isSurrogate(c)
        && c != '\uFFFE'
        && c != '\uFFFF';
  }
}
