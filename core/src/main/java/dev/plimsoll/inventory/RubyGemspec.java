package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installed gems: RubyGems writes each one's specification to {@code
 * GEM_HOME/specifications/NAME-VERSION.gemspec} (and {@code specifications/default/} for the
 * default gems), as Ruby code: {@code s.name = "rake".freeze}, {@code s.version = "13.0.6"}. The
 * assignments are matched, not run; the file name, which RubyGems writes as {@code
 * NAME-VERSION[-PLATFORM]}, is the fallback.
 */
final class RubyGemspec implements Cataloger {
  private static final Pattern NAME = Pattern.compile("\\.name\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern VERSION = Pattern.compile("\\.version\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern LICENSES = Pattern.compile("\\.licenses?\\s*=\\s*\\[?([^\\]\\n]*)");
  private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']+)[\"']");
  private static final Pattern FILE_NAME = Pattern.compile("(.+?)-(\\d[^-]*)(?:-.+)?\\.gemspec");

  @Override
  public String name() {
    return "gem";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return path.endsWith(".gemspec")
        && (path.contains("/specifications/") || path.startsWith("specifications/"));
  }

  @Override
  public long maxBytes() {
    return 1024L * 1024;
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
    String base = path.substring(path.lastIndexOf('/') + 1);
    Matcher file = FILE_NAME.matcher(base);
    boolean named = file.matches();
    String name = first(NAME, text).orElse(named ? file.group(1) : "");
    String version = first(VERSION, text).orElse(named ? file.group(2) : "");
    if (name.isBlank() || version.isBlank()) {
      return List.of();
    }
    List<String> licenses = new ArrayList<>();
    Matcher l = LICENSES.matcher(text);
    if (l.find()) {
      Matcher q = QUOTED.matcher(l.group(1));
      while (q.find()) {
        licenses.add(q.group(1));
      }
    }
    return List.of(
        FoundPackage.of(Ecosystem.GEM, Optional.empty(), name, version, Map.of(), path)
            .withLicenses(licenses));
  }

  private static Optional<String> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
