package dev.plimsoll.image.model;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.format.ImageConfig.ContainerConfig;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.source.BlobDigestException;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.LayerBlob;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An image made in memory, one tar per layer, each with the instruction that made it. */
public final class SyntheticImage implements ImageSource {
  private final List<byte[]> layers = new ArrayList<>();
  private final List<HistoryEntry> history = new ArrayList<>();
  private int corrupt = -1;
  private ContainerConfig defaults = noDefaults();
  private List<String> tags = List.of();

  /** The container defaults the config holds. */
  public SyntheticImage defaults(ContainerConfig config) {
    this.defaults = config;
    return this;
  }

  public SyntheticImage tags(String... names) {
    this.tags = List.of(names);
    return this;
  }

  public SyntheticImage layer(String createdBy, TarBuilder tar) {
    layers.add(tar.build());
    history.add(new HistoryEntry(Optional.empty(), createdBy, false, Optional.empty()));
    return this;
  }

  /** An instruction that made no layer, such as ENV. */
  public SyntheticImage noLayer(String createdBy) {
    history.add(new HistoryEntry(Optional.empty(), createdBy, true, Optional.empty()));
    return this;
  }

  /** Makes the layer's stream fail at its end as a digest mismatch does. */
  SyntheticImage corrupt(int index) {
    corrupt = index;
    return this;
  }

  @Override
  public String name() {
    return "synthetic:test";
  }

  @Override
  public List<String> tags() {
    return tags;
  }

  @Override
  public String configDigest() {
    return "sha256:c0ffee";
  }

  @Override
  public ImageConfig config() {
    return new ImageConfig(
        "amd64", "linux", Optional.empty(), Optional.empty(), defaults, history, List.of());
  }

  @Override
  public List<LayerBlob> layers() {
    List<LayerBlob> out = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      out.add(
          new LayerBlob(
              "sha256:layer" + i,
              "application/vnd.oci.image.layer.v1.tar",
              layers.get(i).length,
              Optional.of(diffId(i))));
    }
    return out;
  }

  /** The diff ID layer {@code index} claims (not checked against its bytes). */
  public static String diffId(int index) {
    return "sha256:diff" + index;
  }

  @Override
  public InputStream openLayer(int index) throws BadInputException {
    InputStream in = new ByteArrayInputStream(layers.get(index));
    if (index != corrupt) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          throw new BlobDigestException("sha256:layer" + index + " does not match its bytes");
        }
        return n;
      }
    };
  }

  @Override
  public void close() {}

  /** Container defaults with nothing set: the analysis does not read them. */
  public static ContainerConfig noDefaults() {
    return new ContainerConfig(
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        Map.of(),
        Optional.empty(),
        Optional.empty());
  }
}
