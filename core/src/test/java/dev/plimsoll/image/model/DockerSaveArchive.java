package dev.plimsoll.image.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.LayerBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A test-only reader of classic {@code docker save} archives (manifest.json, the config, one tar
 * per layer, plain or gzip), standing in for the real docker-archive source until it lands. Layers
 * are read into memory: the corpus archives are small.
 */
final class DockerSaveArchive implements ImageSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final TarFile tar;
  private final Map<String, TarArchiveEntry> entries = new HashMap<>();
  private final List<String> layerPaths = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final String configPath;
  private final ImageConfig config;

  DockerSaveArchive(Path path) throws IOException {
    this.path = path;
    this.tar = new TarFile(path);
    for (TarArchiveEntry e : tar.getEntries()) {
      entries.put(e.getName(), e);
    }
    JsonNode manifest = JSON.readTree(bytes("manifest.json")).get(0);
    manifest.get("Layers").forEach(l -> layerPaths.add(l.asText()));
    manifest.path("RepoTags").forEach(t -> tags.add(t.asText()));
    configPath = manifest.get("Config").asText();
    config = config(JSON.readTree(bytes(configPath)));
  }

  private static ImageConfig config(JsonNode json) {
    List<HistoryEntry> history = new ArrayList<>();
    for (JsonNode h : json.path("history")) {
      history.add(
          new HistoryEntry(
              Optional.ofNullable(h.path("created").textValue()),
              h.path("created_by").asText(""),
              h.path("empty_layer").asBoolean(false),
              Optional.ofNullable(h.path("comment").textValue())));
    }
    List<String> diffIds = new ArrayList<>();
    json.path("rootfs").path("diff_ids").forEach(d -> diffIds.add(d.asText()));
    return new ImageConfig(
        json.path("architecture").asText(),
        json.path("os").asText(),
        Optional.empty(),
        Optional.ofNullable(json.path("created").textValue()),
        SyntheticImage.noDefaults(),
        history,
        diffIds);
  }

  private synchronized byte[] bytes(String name) throws IOException {
    TarArchiveEntry entry = entries.get(name);
    if (entry == null) {
      throw new IOException(name + " is not in " + path);
    }
    try (InputStream in = tar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  @Override
  public String name() {
    return "docker-archive:" + path.getFileName();
  }

  @Override
  public List<String> tags() {
    return List.copyOf(tags);
  }

  @Override
  public String configDigest() {
    return "sha256:" + configPath.replace("sha256:", "").replace(".json", "");
  }

  @Override
  public ImageConfig config() {
    return config;
  }

  @Override
  public List<LayerBlob> layers() {
    List<LayerBlob> out = new ArrayList<>();
    for (int i = 0; i < layerPaths.size(); i++) {
      String layer = layerPaths.get(i);
      Optional<String> diffId =
          i < config.diffIds().size() ? Optional.of(config.diffIds().get(i)) : Optional.empty();
      out.add(
          new LayerBlob(
              diffId.orElse(layer),
              "application/vnd.docker.image.rootfs.diff.tar",
              entries.get(layer).getSize(),
              diffId));
    }
    return out;
  }

  @Override
  public InputStream openLayer(int index) throws BadInputException {
    try {
      byte[] stored = bytes(layerPaths.get(index));
      InputStream in = new ByteArrayInputStream(stored);
      boolean gzip = stored.length > 1 && (stored[0] & 0xff) == 0x1f && (stored[1] & 0xff) == 0x8b;
      return gzip ? new GzipCompressorInputStream(in) : in;
    } catch (IOException e) {
      throw new BadInputException(name(), "layer " + index + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      tar.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
