package dev.plimsoll.inventory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An rpm header as the rpm database stores it: the header structure of the rpm file format (rpm's
 * {@code docs/manual/format.md}, "Header") without its 8-byte magic: a big-endian count of index
 * entries, the size of the data store, the 16-byte index entries ({@code tag, type, offset,
 * count}), then the data store. Only the string and int32 tags the inventory needs are read.
 *
 * <p>By hand: no maintained Java library reads rpm headers (redline-rpm writes rpm files and has
 * not been released since 2016). Every count and offset is checked against the blob, with rpm's own
 * limits ({@code hdrchkTags}, {@code hdrchkData}).
 */
final class RpmHeader {
  static final int NAME = 1000;
  static final int VERSION = 1001;
  static final int RELEASE = 1002;
  static final int EPOCH = 1003;
  static final int LICENSE = 1014;
  static final int ARCH = 1022;
  static final int SOURCERPM = 1044;

  private static final int TYPE_INT32 = 4;
  private static final int TYPE_STRING = 6;
  private static final int TYPE_I18NSTRING = 9;
  private static final int MAX_TAGS = 0xffff;
  private static final int MAX_DATA = 0x0fffffff;

  private final Map<Integer, String> strings = new HashMap<>();
  private final Map<Integer, Integer> ints = new HashMap<>();

  private RpmHeader() {}

  /**
   * Reads the blob.
   *
   * @throws IllegalArgumentException when the blob is not a well-formed header, with the problem
   */
  static RpmHeader parse(byte[] blob) {
    ByteBuffer b = ByteBuffer.wrap(blob); // big-endian, as rpm writes headers
    if (blob.length < 8) {
      throw new IllegalArgumentException("header of " + blob.length + " bytes, too short");
    }
    int il = b.getInt();
    int dl = b.getInt();
    if (il < 0 || il > MAX_TAGS || dl < 0 || dl > MAX_DATA) {
      throw new IllegalArgumentException("header counts out of range: " + il + " tags, " + dl);
    }
    long dataStart = 8L + 16L * il;
    if (dataStart + dl > blob.length) {
      throw new IllegalArgumentException(
          "header claims " + il + " tags and " + dl + " data bytes; it has " + blob.length);
    }
    RpmHeader header = new RpmHeader();
    for (int i = 0; i < il; i++) {
      int tag = b.getInt(8 + 16 * i);
      int type = b.getInt(12 + 16 * i);
      int offset = b.getInt(16 + 16 * i);
      if (offset < 0 || offset >= dl) {
        continue; // region trailers and tags outside the store: nothing the inventory reads
      }
      int at = (int) dataStart + offset;
      int end = (int) dataStart + dl;
      if ((type == TYPE_STRING || type == TYPE_I18NSTRING) && tag >= NAME) {
        header.strings.putIfAbsent(tag, cString(blob, at, end));
      } else if (type == TYPE_INT32 && at + 4 <= end) {
        header.ints.putIfAbsent(tag, b.getInt(at));
      }
    }
    return header;
  }

  /** A string tag; for an i18n string, its first (untranslated) value. */
  Optional<String> string(int tag) {
    return Optional.ofNullable(strings.get(tag)).filter(s -> !s.isEmpty());
  }

  OptionalInt int32(int tag) {
    Integer v = ints.get(tag);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  private static String cString(byte[] blob, int from, int end) {
    int nul = from;
    while (nul < end && blob[nul] != 0) {
      nul++;
    }
    return new String(blob, from, nul - from, StandardCharsets.UTF_8);
  }
}
