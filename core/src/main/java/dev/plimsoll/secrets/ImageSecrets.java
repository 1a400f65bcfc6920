package dev.plimsoll.secrets;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.LayerTar;
import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.source.ImageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The secrets of an image: every regular file of every layer, each layer read once from its stream.
 * Files that a later layer deletes or overwrites are read too: they are still in the image, and
 * anyone who pulls it can extract them. Then the config's {@code Env} and {@code Labels}, and each
 * history entry's {@code created_by}, which keeps build arguments and inline values.
 */
public final class ImageSecrets {
  /** The path of findings in the config's {@code Env}; the line is the entry's number. */
  public static final String ENV = "config:Env";

  /** The path of findings in the config's {@code Labels}, sorted by name, one a line. */
  public static final String LABELS = "config:Labels";

  /** The path of findings in the history; the line is the entry's number, from 1. */
  public static final String HISTORY = "config:history";

  private static final String WHITEOUT = ".wh.";

  private ImageSecrets() {}

  /**
   * Reads every layer once, then the config.
   *
   * @throws BadInputException when a layer cannot be read: a malformed tar, a path that escapes the
   *     root, a digest mismatch
   */
  public static SecretScan scan(ImageSource image, SecretScanner scanner) throws BadInputException {
    List<SecretFinding> findings = new ArrayList<>();
    List<String> truncated = new ArrayList<>();
    int files = 0;
    for (int i = 0; i < image.layers().size(); i++) {
      files += layer(image, i, scanner, findings, truncated);
    }
    ImageConfig config = image.config();
    List<String> labels = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(config.config().labels()).entrySet()) {
      labels.add(e.getKey() + "=" + e.getValue());
    }
    List<String> steps = new ArrayList<>();
    config.history().forEach(h -> steps.add(h.createdBy()));
    List<Integer> layerOf = config.layerOfEachStep(image.layers().size());
    findings.addAll(entries(scanner, ENV, config.config().env(), i -> OptionalInt.empty()));
    findings.addAll(entries(scanner, LABELS, labels, i -> OptionalInt.empty()));
    findings.addAll(
        entries(
            scanner,
            HISTORY,
            steps,
            i -> layerOf.get(i) < 0 ? OptionalInt.empty() : OptionalInt.of(layerOf.get(i))));
    return new SecretScan(findings, truncated, files);
  }

  private static int layer(
      ImageSource image,
      int index,
      SecretScanner scanner,
      List<SecretFinding> findings,
      List<String> truncated)
      throws BadInputException {
    String name = image.name() + " layer " + index;
    int files = 0;
    String last = "";
    try (InputStream raw = image.openLayer(index)) {
      TarArchiveInputStream tar = new TarArchiveInputStream(raw);
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        last = entry.getName();
        if (!entry.isFile() || entry.isLink()) {
          continue; // a hard link's bytes are read under the name that stores them
        }
        String path = LayerTar.normalize(name, last);
        if (path.isEmpty() || path.substring(path.lastIndexOf('/') + 1).startsWith(WHITEOUT)) {
          continue;
        }
        SecretScanner.FileScan scan = scanner.scan(path, tar, OptionalInt.of(index));
        findings.addAll(scan.findings());
        if (scan.coverage() == SecretScanner.Coverage.TRUNCATED) {
          truncated.add(path + " (layer " + index + ")");
        }
        if (scan.coverage() != SecretScanner.Coverage.ALLOWED) {
          files++;
        }
      }
      // To the end, so that the source checks the digest of every byte.
      raw.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | IllegalArgumentException e) {
      String where = last.isEmpty() ? "" : " after entry " + last;
      throw new BadInputException(name, "cannot read the layer" + where + ": " + e.getMessage(), e);
    }
    return files;
  }

  /** Each entry on its own, numbered from 1 in the list. */
  private static List<SecretFinding> entries(
      SecretScanner scanner, String origin, List<String> entries, IntFunction<OptionalInt> layer) {
    List<SecretFinding> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      for (SecretFinding f : scanner.scanText(origin, entries.get(i))) {
        out.add(f.at(i + 1, layer.apply(i)));
      }
    }
    return out;
  }
}
