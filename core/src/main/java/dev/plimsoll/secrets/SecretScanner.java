package dev.plimsoll.secrets;

import dev.plimsoll.secrets.Detector.Hit;
import dev.plimsoll.secrets.Detector.Reading;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Looks for secrets in one file or text at a time, line by line, with bounded memory (see {@link
 * TextLines}). Thread-safe: a scan's state lives in the call.
 */
public final class SecretScanner {
  /** At most this many findings per file: a generated file full of tokens stays bounded. */
  static final int FINDINGS_LIMIT = 1000;

  private final List<Detector> detectors;
  private final Keywords keywords;
  private final AllowList allow;

  private SecretScanner(List<Detector> detectors, AllowList allow) {
    this.detectors = List.copyOf(detectors);
    this.keywords = new Keywords(this.detectors);
    this.allow = allow;
  }

  /** Every detector, the builtin allow-lists. */
  public static SecretScanner builtin() {
    return new SecretScanner(Detectors.ALL, AllowList.BUILTIN);
  }

  /** The builtin detectors and allow-lists, with the user's additions and disabled detectors. */
  public static SecretScanner configured(SecretConfig config) {
    List<Detector> on = new ArrayList<>();
    for (Detector d : Detectors.ALL) {
      if (!config.disable().contains(d.id())) {
        on.add(d);
      }
    }
    return new SecretScanner(on, AllowList.of(config));
  }

  /**
   * What one file holds, and how much of it was read.
   *
   * @param findings in the order of their lines and columns
   * @param coverage how much of the file was read
   * @param allowedBy the path allow rule that kept the file from being read, when one did
   */
  public record FileScan(List<SecretFinding> findings, Coverage coverage, String allowedBy) {
    public FileScan {
      findings = List.copyOf(findings);
    }
  }

  /** How much of a file was read. */
  public enum Coverage {
    WHOLE,
    /** Only its first 10 MiB. */
    TRUNCATED,
    /** A NUL byte in its first 8 KiB: not text. */
    BINARY,
    /** Not read: its path is allow-listed. */
    ALLOWED
  }

  /**
   * Scans a file's content, which is read up to 10 MiB and not closed.
   *
   * @param path the file, relative to its root, for the findings and the path allow-list
   * @param layer the layer holding it, when it is in an image
   */
  public FileScan scan(String path, InputStream content, OptionalInt layer) throws IOException {
    var allowed = allow.path(path);
    if (allowed.isPresent()) {
      return new FileScan(List.of(), Coverage.ALLOWED, allowed.get());
    }
    FileReading reading = new FileReading();
    TextLines.Coverage read = TextLines.read(content, reading);
    Coverage coverage =
        switch (read) {
          case WHOLE -> Coverage.WHOLE;
          case TRUNCATED -> Coverage.TRUNCATED;
          case BINARY -> Coverage.BINARY;
        };
    return new FileScan(reading.findings(path, layer), coverage, "");
  }

  /**
   * Scans text that is not a file: an image config's {@code Env} or labels, a history entry, a
   * Dockerfile. No path allow-list applies.
   *
   * @param origin what the text is, for the findings
   */
  public List<SecretFinding> scanText(String origin, String text) {
    FileReading reading = new FileReading();
    try {
      TextLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), reading);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return reading.findings(origin, OptionalInt.empty());
  }

  /** True when an allow rule matches {@code folder} (relative, ending in {@code /}). */
  boolean allowsFolder(String folder) {
    return allow.path(folder).isPresent();
  }

  /** One file's detectors' state and hits. */
  private final class FileReading implements TextLines.Sink {
    private final Reading[] readings = new Reading[detectors.size()];
    private final List<Hit> hits = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();
    private long pending;

    @Override
    public void line(int number, byte[] bytes, int length) {
      long wanted = keywords.match(bytes, length) | pending;
      if (wanted == 0 || hits.size() >= FINDINGS_LIMIT) {
        return;
      }
      String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
      pending = 0;
      for (int d = 0; d < readings.length; d++) {
        Reading reading = readings[d];
        if ((wanted & (1L << d)) != 0) {
          if (reading == null) {
            reading = detectors.get(d).read();
            readings[d] = reading;
          }
          int owner = d;
          reading.line(number, text, hit -> keep(hit, owner));
        }
        if (reading != null && reading.pending()) {
          pending |= 1L << d;
        }
      }
    }

    private void keep(Hit hit, int owner) {
      if (hits.size() < FINDINGS_LIMIT && !allow.value(hit.value())) {
        hits.add(hit);
        owners.add(owner);
      }
    }

    /** The hits as findings; of two that overlap on a line, the earlier detector's is kept. */
    List<SecretFinding> findings(String path, OptionalInt layer) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < hits.size(); i++) {
        order.add(i);
      }
      order.sort(
          Comparator.<Integer>comparingInt(i -> hits.get(i).line())
              .thenComparingInt(owners::get)
              .thenComparingInt(i -> hits.get(i).start()));
      List<Hit> kept = new ArrayList<>();
      List<SecretFinding> out = new ArrayList<>();
      for (int i : order) {
        Hit hit = hits.get(i);
        if (kept.stream().anyMatch(k -> overlap(k, hit))) {
          continue;
        }
        kept.add(hit);
        Detector d = detectors.get(owners.get(i));
        out.add(
            new SecretFinding(
                d.id(),
                d.title(),
                d.severity(),
                path,
                hit.line(),
                hit.start() + 1,
                hit.end() - hit.start(),
                layer,
                SecretFinding.redact(hit.value())));
      }
      out.sort(
          Comparator.comparingInt(SecretFinding::line).thenComparingInt(SecretFinding::column));
      return out;
    }

    private static boolean overlap(Hit a, Hit b) {
      return a.line() == b.line() && a.start() < b.end() && b.start() < a.end();
    }
  }
}
