package dev.plimsoll.context;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code path/filepath} on Unix, as far as {@code .dockerignore} matching relies on it. */
final class GoPath {
  private GoPath() {}

  /** {@code filepath.Clean}: one slash, no {@code .}, {@code ..} resolved lexically. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    List<String> out = new ArrayList<>();
    for (String element : path.split("/", -1)) {
      if (element.isEmpty() || element.equals(".")) {
        continue;
      }
      if (element.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add("..");
        }
        continue;
      }
      out.add(element);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** {@code filepath.Dir}: everything before the last slash, cleaned. */
  static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return clean(path.substring(0, slash + 1));
  }

  /**
   * {@code strings.TrimSpace}: Go's {@code unicode.IsSpace}, which differs from Java's {@code
   * strip()} on U+00A0 and U+001C..U+001F.
   */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    if (c < 0x100) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return Character.isSpaceChar(c);
  }
}
