package dev.plimsoll.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * npm's {@code package-lock.json} (and {@code npm-shrinkwrap.json}), every lockfileVersion (npm
 * docs, "package-lock.json"): v2 and v3 list installed folders under {@code packages} ({@code
 * "node_modules/a/node_modules/b"}); v1 nests {@code dependencies}. v2 holds both; {@code packages}
 * wins. The root project ({@code ""}), workspace folders and links are not dependencies.
 */
final class NpmLock implements Cataloger {
  private static final String MODULES = "node_modules/";
  private static final int MAX_DEPTH = 64;

  @Override
  public String name() {
    return "package-lock";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    return (base.equals("package-lock.json") || base.equals("npm-shrinkwrap.json"))
        && !path.contains(MODULES);
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    JsonNode lock = Documents.json(content);
    if (!lock.isObject()) {
      throw new BadInputException(path, "not a JSON object");
    }
    List<FoundPackage> out = new ArrayList<>();
    JsonNode packages = lock.get("packages");
    if (packages != null && packages.isObject()) {
      for (Map.Entry<String, JsonNode> e : packages.properties()) {
        int at = e.getKey().lastIndexOf(MODULES);
        JsonNode p = e.getValue();
        if (at < 0 || !p.isObject() || p.path("link").asBoolean(false)) {
          continue;
        }
        String name = Documents.text(p, "name");
        add(name.isEmpty() ? e.getKey().substring(at + MODULES.length()) : name, p, path, out);
      }
    } else {
      dependencies(lock.get("dependencies"), path, out, 0);
    }
    return out;
  }

  private static void dependencies(JsonNode deps, String path, List<FoundPackage> out, int depth) {
    if (deps == null || !deps.isObject() || depth > MAX_DEPTH) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : deps.properties()) {
      if (e.getValue().isObject()) {
        add(e.getKey(), e.getValue(), path, out);
        dependencies(e.getValue().get("dependencies"), path, out, depth + 1);
      }
    }
  }

  private static void add(String name, JsonNode p, String path, List<FoundPackage> out) {
    String version = Documents.text(p, "version");
    if (!name.isBlank() && !version.isBlank()) {
      out.add(NpmName.toPackage(name, version, path).withLicenses(Documents.licenses(p)));
    }
  }
}
