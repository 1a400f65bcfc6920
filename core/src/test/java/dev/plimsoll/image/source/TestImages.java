package dev.plimsoll.image.source;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds images the way their writers lay them out: files by name, blobs by real sha256 digests,
 * then written as a folder or a tar. Tests change one thing in a good image to make a hostile one.
 */
final class TestImages {
  /**
   * The files of the image, by path inside the layout or archive, in the order they are written.
   */
  final Map<String, byte[]> files = new LinkedHashMap<>();

  static byte[] tar(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A layer tar holding {@code names}, each file holding its own name, each folder/ empty. */
  static byte[] layer(String... names) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String name : names) {
      entries.put(name, name.endsWith("/") ? new byte[0] : name.getBytes(UTF_8));
    }
    return tar(entries);
  }

  static byte[] gzip(byte[] bytes) {
    return compress(bytes, true);
  }

  static byte[] zstd(byte[] bytes) {
    return compress(bytes, false);
  }

  private static byte[] compress(byte[] bytes, boolean gzip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = gzip ? new GZIPOutputStream(out) : new ZstdOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String blobPath(String digest) {
    return "blobs/sha256/" + digest.substring("sha256:".length());
  }

  /** Stores {@code bytes} under blobs/ and returns its descriptor's JSON. */
  String blob(String mediaType, byte[] bytes, String extra) {
    String digest = sha256(bytes);
    files.put(blobPath(digest), bytes);
    return "{\"mediaType\":\""
        + mediaType
        + "\",\"digest\":\""
        + digest
        + "\",\"size\":"
        + bytes.length
        + extra
        + "}";
  }

  static String config(List<byte[]> uncompressed) {
    List<String> diffIds = new ArrayList<>();
    List<String> history = new ArrayList<>();
    for (byte[] l : uncompressed) {
      diffIds.add("\"" + sha256(l) + "\"");
      history.add("{\"created_by\":\"RUN step " + history.size() + "\"}");
    }
    return "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"User\":\"app\","
        + "\"Env\":[\"PATH=/bin\"],\"Cmd\":[\"sh\"],\"ExposedPorts\":{\"8080/tcp\":{}}},"
        + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
        + String.join(",", diffIds)
        + "]},"
        + "\"history\":["
        + String.join(",", history)
        + "]}";
  }

  /**
   * An image manifest over {@code stored} layers (as stored: compressed or not) whose uncompressed
   * tars are {@code uncompressed}; returns the manifest's descriptor JSON, with {@code extra}.
   */
  String image(List<byte[]> uncompressed, List<byte[]> stored, String extra) {
    String config =
        blob("application/vnd.oci.image.config.v1+json", config(uncompressed).getBytes(UTF_8), "");
    List<String> layers = new ArrayList<>();
    for (byte[] s : stored) {
      layers.add(blob("application/vnd.oci.image.layer.v1.tar+gzip", s, ""));
    }
    return manifest(config, layers, extra);
  }

  /** A manifest of the given config and layer descriptors; returns its descriptor JSON. */
  String manifest(String config, List<String> layers, String extra) {
    String manifest =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest"
            + ".v1+json\",\"config\":"
            + config
            + ",\"layers\":["
            + String.join(",", layers)
            + "]}";
    return blob("application/vnd.oci.image.manifest.v1+json", manifest.getBytes(UTF_8), extra);
  }

  /** The index.json and oci-layout files of a layout listing {@code manifests}. */
  TestImages index(String... manifests) {
    files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(UTF_8));
    files.put(
        "index.json",
        ("{\"schemaVersion\":2,\"manifests\":[" + String.join(",", manifests) + "]}")
            .getBytes(UTF_8));
    return this;
  }

  /** A layout of one image with a gzip layer and a zstd one, tagged {@code v1}. */
  static TestImages simple() {
    TestImages t = new TestImages();
    byte[] base = layer("etc/", "etc/os-release");
    byte[] app = layer("app/", "app/run.sh");
    String m = t.image(List.of(base, app), List.of(gzip(base), zstd(app)), refName("v1"));
    return t.index(m);
  }

  static String refName(String tag) {
    return ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}";
  }

  Path writeFolder(Path dir) throws IOException {
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    return dir;
  }

  Path writeTar(Path file) throws IOException {
    Files.write(file, tar(files));
    return file;
  }

  String json(String name) {
    return new String(files.get(name), UTF_8);
  }
}
