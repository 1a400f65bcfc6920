package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * rpm's Berkeley DB {@code Packages} (CentOS and RHEL 7 and 8, Amazon Linux 2, older SUSE): a hash
 * database keyed by the package number, each value a header blob ({@link RpmHeader}, as in {@link
 * RpmSqlite}). Record 0 holds rpm's next package number and is passed over.
 *
 * <p>By hand: no Java library reads Berkeley DB files (Oracle's Java edition has its own format),
 * and only a read of the hash access method is needed. The layout follows Berkeley DB's {@code
 * dbinc/db_page.h} as rpm's read-only backend ({@code lib/backend/bdb_ro.c}) and go-rpmdb's {@code
 * pkg/bdb} read it: page 0 is the metadata page (magic {@code 0x061561}, whose byte order is the
 * database's, page size, last page number); every hash page ({@code P_HASH}, or {@code
 * P_HASH_UNSORTED} from rpm 4.4) holds an index of item offsets, key and value in turn; an item is
 * its data on the page ({@code H_KEYDATA}) or a reference to a chain of overflow pages ({@code
 * H_OFFPAGE}). Pages are read in order rather than bucket by bucket: every hash page is visited
 * once, overflow buckets included.
 *
 * <p>Bounded: every page number is within the file, item offsets within their page, an overflow
 * chain visits no page twice and holds exactly the length its reference gives, one blob is at most
 * {@value RpmHeaders#MAX_BLOB} bytes and all of them at most {@value RpmHeaders#MAX_TOTAL}.
 */
final class RpmBerkeleyDb implements Cataloger {
  static final String PATH = "var/lib/rpm/Packages";
  private static final int MAGIC = 0x061561;
  private static final int PAGE_HEADER = 26;
  private static final int DBMETA_CHKSUM = 0x01;
  private static final int P_HASH_UNSORTED = 2;
  private static final int P_OVERFLOW = 7;
  private static final int P_HASHMETA = 8;
  private static final int P_HASH = 13;
  private static final int H_KEYDATA = 1;
  private static final int H_OFFPAGE = 3;

  @Override
  public String name() {
    return "rpm";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return path.equals(PATH);
  }

  @Override
  public long maxBytes() {
    return 512L * 1024 * 1024; // as rpmdb.sqlite: held on disk, read a page at a time
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    try (RpmDbFile file = RpmDbFile.copy(path, content)) {
      return new Reading(path, file).packages();
    }
  }

  /** One read of one database: its geometry, and the bytes of blobs so far. */
  private static final class Reading {
    private final String path;
    private final RpmDbFile file;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private int pageSize;
    private long lastPage;

    Reading(String path, RpmDbFile file) {
      this.path = path;
      this.file = file;
    }

    List<FoundPackage> packages() throws BadInputException, IOException {
      metadata();
      RpmHeaders out = new RpmHeaders(path);
      for (long pg = 1; pg <= lastPage; pg++) {
        ByteBuffer page = page(pg, -1);
        int type = page.get(25);
        if (type == P_HASH || type == P_HASH_UNSORTED) {
          items(pg, page, out);
        }
      }
      return out.packages();
    }

    private void metadata() throws BadInputException, IOException {
      ByteBuffer meta = file.read(0, 512, order);
      int magic = meta.getInt(12);
      if (magic != MAGIC) {
        if (Integer.reverseBytes(magic) != MAGIC) {
          throw bad(String.format("not a Berkeley DB hash database (magic 0x%08x)", magic));
        }
        order = ByteOrder.BIG_ENDIAN;
        meta.order(order);
      }
      int version = meta.getInt(16);
      pageSize = meta.getInt(20);
      lastPage = Integer.toUnsignedLong(meta.getInt(32));
      if (version < 8 || version > 10) {
        throw bad("hash version " + version + ", not 8 to 10");
      }
      if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
        throw bad("page size " + pageSize + ", not a power of two from 512 to 65536");
      }
      if (meta.get(24) != 0) {
        throw bad("encrypted");
      }
      if ((meta.get(26) & DBMETA_CHKSUM) != 0) {
        throw bad("page checksums, which move the items and which rpm never asks for");
      }
      if (meta.get(25) != P_HASHMETA) {
        throw bad("page 0 is of type " + meta.get(25) + ", not hash metadata");
      }
      if ((lastPage + 1) * pageSize > file.size()) {
        throw bad(
            "truncated: "
                + (lastPage + 1)
                + " pages of "
                + pageSize
                + " bytes, in a "
                + file.size()
                + "-byte file");
      }
    }

    /** Page {@code pg}; of type {@code type} unless that is -1. */
    private ByteBuffer page(long pg, int type) throws BadInputException, IOException {
      ByteBuffer page = file.read(pg * pageSize, pageSize, order);
      int actual = page.get(25);
      if (actual != 0 && Integer.toUnsignedLong(page.getInt(8)) != pg) {
        throw bad("page " + pg + " says it is page " + Integer.toUnsignedString(page.getInt(8)));
      }
      if (type != -1 && actual != type) {
        throw bad("page " + pg + " is of type " + actual + ", not " + type);
      }
      return page;
    }

    /** The key and value pairs of a hash page, items stored from the page's end down. */
    private void items(long pg, ByteBuffer page, RpmHeaders out)
        throws BadInputException, IOException {
      int count = Short.toUnsignedInt(page.getShort(20));
      int indexEnd = PAGE_HEADER + 2 * count;
      if (indexEnd > pageSize) {
        throw bad("page " + pg + " claims " + count + " items");
      }
      for (int i = 0; i + 1 < count; i += 2) {
        int keyAt = Short.toUnsignedInt(page.getShort(PAGE_HEADER + 2 * i));
        int valueAt = Short.toUnsignedInt(page.getShort(PAGE_HEADER + 2 * i + 2));
        int keyEnd =
            i == 0 ? pageSize : Short.toUnsignedInt(page.getShort(PAGE_HEADER + 2 * i - 2));
        if (valueAt < indexEnd || keyAt <= valueAt || keyEnd <= keyAt || keyEnd > pageSize) {
          throw bad("page " + pg + ": item " + i + " out of place");
        }
        if (page.get(keyAt) != H_KEYDATA || keyEnd - keyAt != 5) {
          throw bad("page " + pg + ": item " + i + " is not a package number");
        }
        long number = Integer.toUnsignedLong(page.getInt(keyAt + 1));
        if (number != 0) { // record 0 is rpm's next package number
          out.add(number, value(pg, page, valueAt, keyAt - valueAt, out));
        }
      }
    }

    private byte[] value(long pg, ByteBuffer page, int at, int length, RpmHeaders out)
        throws BadInputException, IOException {
      int type = page.get(at);
      if (type == H_KEYDATA) {
        byte[] blob = new byte[length - 1];
        page.get(at + 1, blob);
        return blob;
      }
      if (type != H_OFFPAGE || length != 12) {
        throw bad("page " + pg + ": a value of type " + type + ", not data or an overflow page");
      }
      return overflow(
          Integer.toUnsignedLong(page.getInt(at + 4)),
          Integer.toUnsignedLong(page.getInt(at + 8)),
          out);
    }

    /** The {@code length} bytes on the chain of overflow pages from {@code first}. */
    private byte[] overflow(long first, long length, RpmHeaders out)
        throws BadInputException, IOException {
      if (length == 0
          || length > RpmHeaders.MAX_BLOB
          || length > lastPage * (pageSize - PAGE_HEADER) // more than every page could hold
          || !out.fits(length)) {
        throw bad("overflow item of " + length + " bytes from page " + first);
      }
      byte[] blob = new byte[(int) length];
      Set<Long> visited = new HashSet<>();
      int at = 0;
      for (long pg = first; at < blob.length; ) {
        if (pg == 0) {
          throw bad(
              "overflow chain from page "
                  + first
                  + " ends after "
                  + at
                  + " of "
                  + length
                  + " bytes");
        }
        if (pg > lastPage) {
          throw bad("overflow page " + pg + " out of range (last page " + lastPage + ")");
        }
        if (!visited.add(pg)) {
          throw bad("overflow chain from page " + first + " loops at page " + pg);
        }
        ByteBuffer page = page(pg, P_OVERFLOW);
        int onPage = Short.toUnsignedInt(page.getShort(22));
        if (onPage == 0 || onPage > pageSize - PAGE_HEADER || onPage > blob.length - at) {
          throw bad("overflow page " + pg + " holds " + onPage + " bytes");
        }
        page.get(PAGE_HEADER, blob, at, onPage);
        at += onPage;
        pg = Integer.toUnsignedLong(page.getInt(16));
      }
      return blob;
    }

    private BadInputException bad(String problem) {
      return new BadInputException(path, problem);
    }
  }
}
