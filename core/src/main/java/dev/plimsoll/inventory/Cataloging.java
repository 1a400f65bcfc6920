package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hands one file to the catalogers that want it, and reads {@code os-release}. A file that a
 * cataloger cannot read (a corrupt jar, a status file cut short) is skipped with a note rather than
 * ending the inventory: one bad file in an image should not hide every other package. A failure of
 * the stream itself (a corrupt layer) is not the file's fault and is thrown on.
 */
final class Cataloging {
  /** Above this, a file that two catalogers want goes to the first only (it is held in memory). */
  private static final long SHARED_MAX_BYTES = Cataloger.DEFAULT_MAX_BYTES;

  private final List<Cataloger> catalogers;

  Cataloging(List<Cataloger> catalogers) {
    this.catalogers = List.copyOf(catalogers);
  }

  /**
   * What one file holds.
   *
   * @param packages the packages found in it, with the file's path
   * @param os the release it describes, for an {@code os-release} file
   * @param problems one line per cataloger that could not read it: {@code path: java: ...}
   */
  record FileResult(List<FoundPackage> packages, Optional<OsRelease> os, List<String> problems) {}

  /** Whether any cataloger, or the os-release reader, wants the file. */
  boolean wants(String path, long size, int mode) {
    return OsRelease.isOsRelease(path) || !wanting(path, size, mode).isEmpty();
  }

  /**
   * Reads the file, which {@link #wants} accepted.
   *
   * @throws IOException when {@code content} itself fails
   */
  FileResult read(String path, long size, int mode, InputStream content) throws IOException {
    if (OsRelease.isOsRelease(path)) {
      return new FileResult(List.of(), Optional.of(OsRelease.read(content)), List.of());
    }
    List<Cataloger> wanting = wanting(path, size, mode);
    List<FoundPackage> packages = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    byte[] shared = null;
    if (wanting.size() > 1 && size <= SHARED_MAX_BYTES) {
      shared = new Limited(content, SHARED_MAX_BYTES).readAllBytes();
    }
    for (Cataloger c : wanting) {
      if (size > c.maxBytes()) {
        problems.add(problem(path, c, "larger than " + c.maxBytes() + " bytes, skipped"));
        continue;
      }
      Watched in = new Watched(shared == null ? content : new ByteArrayInputStream(shared));
      try {
        packages.addAll(c.read(path, new Limited(in, c.maxBytes())));
      } catch (BadInputException e) {
        problems.add(
            new BadInputException(path, e.line().orElse(0), c.name() + ": " + e.problem())
                .getMessage());
      } catch (IOException e) {
        if (in.failure != null) {
          throw in.failure;
        }
        problems.add(problem(path, c, String.valueOf(e.getMessage())));
      }
      if (shared == null) {
        break; // the stream is spent: a second cataloger would need a shared copy
      }
    }
    return new FileResult(packages, Optional.empty(), problems);
  }

  /** {@code path: cataloger: problem}, on one line whatever the file's name holds. */
  private static String problem(String path, Cataloger c, String problem) {
    return new BadInputException(path, c.name() + ": " + problem).getMessage();
  }

  private List<Cataloger> wanting(String path, long size, int mode) {
    List<Cataloger> out = new ArrayList<>(2);
    for (Cataloger c : catalogers) {
      if (c.wants(path, size, mode)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Remembers a failure of the stream it wraps, so a cataloger's failure can be told from it. */
  private static final class Watched extends FilterInputStream {
    IOException failure;

    Watched(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void close() {}
  }
}
