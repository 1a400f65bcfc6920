package dev.plimsoll.dockerfile.instruction;

/**
 * The replacement template of Go's {@code Regexp.ReplaceAllString}, which BuildKit passes the
 * replacement of {@code ${V//p/r}} to. BuildKit's patterns have no groups, so only group 0 (the
 * whole match) exists: {@code $0} and {@code ${0}} insert the match, {@code $$} a dollar, any other
 * well formed {@code $name} nothing, and a malformed one stays as written.
 */
final class GoTemplate {
  private GoTemplate() {}

  /** Appends {@code template} with {@code text[start, end)} as the match. */
  static void expand(StringBuilder out, String template, int[] text, int start, int end) {
    int i = 0;
    int length = template.length();
    while (true) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < length && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      int j = i;
      boolean brace = j < length && template.charAt(j) == '{';
      if (brace) {
        j++;
      }
      int nameStart = j;
      while (j < length) {
        int cp = template.codePointAt(j);
        if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
          break;
        }
        j += Character.charCount(cp);
      }
      String name = template.substring(nameStart, j);
      if (name.isEmpty() || (brace && (j >= length || template.charAt(j) != '}'))) {
        out.append('$');
        continue;
      }
      i = brace ? j + 1 : j;
      // Go reads a group number only from ASCII digits without a leading zero.
      if (name.equals("0")) {
        appendCodePoints(out, text, start, end);
      }
    }
    out.append(template, i, length);
  }

  static void appendCodePoints(StringBuilder out, int[] text, int start, int end) {
    for (int k = start; k < end; k++) {
      out.appendCodePoint(text[k]);
    }
  }
}
