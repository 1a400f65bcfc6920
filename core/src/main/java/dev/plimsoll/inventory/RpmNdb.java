package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.Adler32;

/**
 * rpm's own package database, ndb ({@code Packages.db}: SUSE since SLE 15 SP3 and openSUSE, in
 * {@code usr/lib/sysimage/rpm}): slots naming where each package's header blob ({@link RpmHeader},
 * as in {@link RpmSqlite}) lies.
 *
 * <p>By hand: ndb is rpm's private format, documented only by its source, and no Java library reads
 * it. The layout follows rpm's {@code lib/backend/ndb/rpmpkg.c} (rpm 4.18), as go-rpmdb's {@code
 * pkg/ndb} reads it; everything is little-endian. A 32-byte header ({@code RpmP}, version 0, the
 * number of 4096-byte slot pages), then the slots, 16 bytes each ({@code Slot}, package number,
 * offset and length in 16-byte blocks; offset 0 is a free slot). A blob is a 16-byte head ({@code
 * BlbS}, package number, time stamp, length), the header, padding, and a 12-byte tail (Adler-32 of
 * all before it, length, {@code BlbE}). rpm's checks on reading are made here too: slots within the
 * file and after the slot pages, a blob's length filling exactly its blocks, the checksum.
 *
 * <p>Bounded: the slot pages lie within the file, one blob is at most {@value RpmHeaders#MAX_BLOB}
 * bytes and all of them at most {@value RpmHeaders#MAX_TOTAL}.
 */
final class RpmNdb implements Cataloger {
  static final List<String> PATHS =
      List.of("var/lib/rpm/Packages.db", "usr/lib/sysimage/rpm/Packages.db");
  private static final int MAGIC = magic("RpmP");
  private static final int SLOT_MAGIC = magic("Slot");
  private static final int HEAD_MAGIC = magic("BlbS");
  private static final int TAIL_MAGIC = magic("BlbE");
  private static final int PAGE = 4096;
  private static final int BLOCK = 16;
  private static final int HEAD = 16;
  private static final int TAIL = 12;

  @Override
  public String name() {
    return "rpm";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return PATHS.contains(path);
  }

  @Override
  public long maxBytes() {
    return 512L * 1024 * 1024; // as rpmdb.sqlite: held on disk, read a blob at a time
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    try (RpmDbFile file = RpmDbFile.copy(path, content)) {
      return packages(path, file);
    }
  }

  private static List<FoundPackage> packages(String path, RpmDbFile file)
      throws BadInputException, IOException {
    ByteBuffer header = file.read(0, 32, ByteOrder.LITTLE_ENDIAN);
    if (header.getInt(0) != MAGIC) {
      throw new BadInputException(
          path, String.format("not an rpm ndb database (magic 0x%08x)", header.getInt(0)));
    }
    if (header.getInt(4) != 0) {
      throw new BadInputException(path, "ndb version " + header.getInt(4) + ", not 0");
    }
    long slotPages = Integer.toUnsignedLong(header.getInt(12));
    if (file.size() % BLOCK != 0) {
      throw new BadInputException(
          path, "truncated: " + file.size() + " bytes, not whole blocks of " + BLOCK);
    }
    if (slotPages == 0 || slotPages * PAGE > file.size()) {
      throw new BadInputException(
          path, "truncated: " + slotPages + " slot pages in a " + file.size() + "-byte file");
    }
    long blocks = file.size() / BLOCK;
    long firstBlob = slotPages * PAGE / BLOCK;
    RpmHeaders out = new RpmHeaders(path);
    for (long p = 0; p < slotPages; p++) {
      ByteBuffer page = file.read(p * PAGE, PAGE, ByteOrder.LITTLE_ENDIAN);
      for (int at = p == 0 ? 32 : 0; at < PAGE; at += 16) {
        long slot = (p * PAGE + at) / 16;
        long offset = Integer.toUnsignedLong(page.getInt(at + 8));
        if (page.getInt(at) != SLOT_MAGIC) {
          throw new BadInputException(path, "slot " + slot + " has no slot magic");
        }
        if (offset == 0) {
          continue; // a free slot
        }
        long number = Integer.toUnsignedLong(page.getInt(at + 4));
        long count = Integer.toUnsignedLong(page.getInt(at + 12));
        if (number == 0 || count == 0 || offset < firstBlob || offset + count > blocks) {
          throw new BadInputException(
              path,
              "slot "
                  + slot
                  + ": package "
                  + number
                  + " at blocks "
                  + offset
                  + "+"
                  + count
                  + ", outside blocks "
                  + firstBlob
                  + " to "
                  + blocks);
        }
        out.add(number, blob(path, file, number, offset, count));
      }
    }
    return out.packages();
  }

  /** The header in blocks {@code offset} to {@code offset + count}, its framing checked. */
  private static byte[] blob(String path, RpmDbFile file, long number, long offset, long count)
      throws BadInputException, IOException {
    ByteBuffer head = file.read(offset * BLOCK, HEAD, ByteOrder.LITTLE_ENDIAN);
    long length = Integer.toUnsignedLong(head.getInt(12));
    String where = "package " + number + " at block " + offset + ": ";
    if (head.getInt(0) != HEAD_MAGIC || Integer.toUnsignedLong(head.getInt(4)) != number) {
      throw new BadInputException(path, where + "no blob of that package there");
    }
    if (length > RpmHeaders.MAX_BLOB || count != (HEAD + length + TAIL + BLOCK - 1) / BLOCK) {
      throw new BadInputException(
          path, where + "a blob of " + length + " bytes does not fill " + count + " blocks");
    }
    int size = (int) count * BLOCK;
    ByteBuffer all = file.read(offset * BLOCK, size, ByteOrder.LITTLE_ENDIAN);
    Adler32 adler = new Adler32();
    adler.update(all.duplicate().limit(size - TAIL));
    if (all.getInt(size - TAIL) != (int) adler.getValue()
        || Integer.toUnsignedLong(all.getInt(size - TAIL + 4)) != length
        || all.getInt(size - TAIL + 8) != TAIL_MAGIC) {
      throw new BadInputException(path, where + "the blob's tail does not match it");
    }
    byte[] blob = new byte[(int) length];
    all.get(HEAD, blob);
    return blob;
  }

  /** Four characters as rpm writes them: the first in the lowest byte. */
  private static int magic(String s) {
    return s.charAt(0) | s.charAt(1) << 8 | s.charAt(2) << 16 | s.charAt(3) << 24;
  }
}
