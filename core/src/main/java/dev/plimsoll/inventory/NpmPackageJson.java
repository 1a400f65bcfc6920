package dev.plimsoll.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * An installed npm package: {@code node_modules/NAME/package.json} or {@code
 * node_modules/@scope/NAME/package.json}, at any depth. Other {@code package.json} files (a
 * project's own, a package's test fixtures) are not installed packages.
 */
final class NpmPackageJson implements Cataloger {
  private static final String MODULES = "node_modules";

  @Override
  public String name() {
    return "package.json";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    if (!path.endsWith("/package.json")) {
      return false;
    }
    String[] parts = path.split("/", -1);
    int n = parts.length;
    if (n >= 3 && parts[n - 3].equals(MODULES) && !parts[n - 2].startsWith("@")) {
      return true;
    }
    return n >= 4 && parts[n - 4].equals(MODULES) && parts[n - 3].startsWith("@");
  }

  @Override
  public long maxBytes() {
    return 4L * 1024 * 1024;
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    JsonNode json = Documents.json(content);
    if (!json.isObject()) {
      throw new BadInputException(path, "not a JSON object");
    }
    String name = Documents.text(json, "name");
    String version = Documents.text(json, "version");
    if (name.isBlank() || version.isBlank()) {
      return List.of();
    }
    return List.of(NpmName.toPackage(name, version, path).withLicenses(Documents.licenses(json)));
  }
}
