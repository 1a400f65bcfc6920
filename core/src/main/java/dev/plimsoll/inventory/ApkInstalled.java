package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alpine's database, {@code lib/apk/db/installed}: one block per package, blank-line separated, of
 * {@code K:value} lines with one-letter keys (apk-tools, "Installed Database V2"): {@code P} name,
 * {@code V} version, {@code A} architecture, {@code L} license, {@code o} origin, the source
 * package Alpine's advisories name. Its version is the package's own (an origin builds every
 * subpackage at one version).
 */
final class ApkInstalled implements Cataloger {
  private static final String INSTALLED = "lib/apk/db/installed";

  @Override
  public String name() {
    return "apk";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return path.equals(INSTALLED);
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
    List<FoundPackage> out = new ArrayList<>();
    Map<Character, String> block = new HashMap<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isEmpty()) {
        add(block, path, out);
        block.clear();
      } else if (line.length() < 2 || line.charAt(1) != ':') {
        throw new BadInputException(path, number, "not a K:value line");
      } else {
        // Only the keys read below are kept; R/Z/a/M repeat once per file and are skipped.
        char key = line.charAt(0);
        if ("PVALo".indexOf(key) >= 0) {
          block.put(key, line.substring(2));
        }
      }
    }
    add(block, path, out);
    return out;
  }

  private static void add(Map<Character, String> block, String path, List<FoundPackage> out) {
    String name = block.getOrDefault('P', "");
    String version = block.getOrDefault('V', "");
    if (name.isEmpty() || version.isEmpty()) {
      return;
    }
    FoundPackage p =
        FoundPackage.of(
            Ecosystem.APK,
            Optional.empty(),
            name,
            version,
            Map.of("arch", block.getOrDefault('A', "")),
            path);
    String origin = block.getOrDefault('o', "");
    p = p.withSource(new SourcePackage(origin.isEmpty() ? name : origin, version));
    String license = block.getOrDefault('L', "");
    out.add(license.isEmpty() ? p : p.withLicenses(List.of(license)));
  }
}
