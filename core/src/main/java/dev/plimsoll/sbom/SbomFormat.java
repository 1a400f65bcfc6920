package dev.plimsoll.sbom;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats {@code plimsoll sbom} writes, each with its writer. */
public enum SbomFormat {
  CYCLONEDX_JSON("cyclonedx-json"),
  SPDX_JSON("spdx-json"),
  TABLE("table");

  private final String id;

  SbomFormat(String id) {
    this.id = id;
  }

  /** The name {@code --format} takes: {@code cyclonedx-json}, {@code spdx-json}, {@code table}. */
  public String id() {
    return id;
  }

  /** Writes {@code sbom} to {@code out}, ending with a newline; {@code out} stays open. */
  public void write(Sbom sbom, Writer out) throws IOException {
    switch (this) {
      case CYCLONEDX_JSON -> CycloneDxWriter.write(sbom, out);
      case SPDX_JSON -> SpdxWriter.write(sbom, out);
      case TABLE -> SbomTable.write(sbom, out);
    }
  }

  public static Optional<SbomFormat> named(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(SbomFormat::id).toList();
  }
}
