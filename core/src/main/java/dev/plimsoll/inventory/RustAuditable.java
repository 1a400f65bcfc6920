package dev.plimsoll.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.InflaterInputStream;

/**
 * Rust binaries built with {@code cargo auditable}: the crate graph, as zlib-compressed JSON in the
 * ELF section {@code .dep-v0} ({@code {"packages": [{"name", "version", "source", "kind"}]}},
 * rust-secure-code/cargo-auditable, "Data format"). Build-time dependencies ({@code "kind":
 * "build"}) are not in the binary and are left out. The section's place is in the section table at
 * the file's end, so the binary is held in memory, up to {@link #maxBytes()}.
 */
final class RustAuditable implements Cataloger {
  private static final int EXECUTABLE = 0111;
  private static final long MIN_SIZE = 1024;
  private static final int MAX_JSON = 8 * 1024 * 1024;

  @Override
  public String name() {
    return "rust";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return (mode & EXECUTABLE) != 0 && size >= MIN_SIZE && size <= maxBytes();
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    byte[] head = content.readNBytes(Elf.HEADER_BYTES);
    if (!Elf.isExecutable(head)) {
      return List.of();
    }
    byte[] rest = content.readAllBytes();
    byte[] file = new byte[head.length + rest.length];
    System.arraycopy(head, 0, file, 0, head.length);
    System.arraycopy(rest, 0, file, head.length, rest.length);
    Optional<byte[]> section = Elf.section(file, ".dep-v0");
    if (section.isEmpty()) {
      return List.of();
    }
    InputStream json =
        new Limited(new InflaterInputStream(new ByteArrayInputStream(section.get())), MAX_JSON);
    JsonNode root = Documents.json(json);
    List<FoundPackage> out = new ArrayList<>();
    for (JsonNode p : root.path("packages")) {
      String name = Documents.text(p, "name");
      String version = Documents.text(p, "version");
      if (name.isBlank() || version.isBlank() || Documents.text(p, "kind").equals("build")) {
        continue;
      }
      out.add(FoundPackage.of(Ecosystem.CARGO, Optional.empty(), name, version, Map.of(), path));
    }
    return out;
  }
}
