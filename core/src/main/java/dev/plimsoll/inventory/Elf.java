package dev.plimsoll.inventory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Just enough of the ELF format (System V ABI, "ELF Header" and "Sections") to tell an executable
 * from other files and to find a section by name. By hand: the JDK has no ELF reader, and the Java
 * ones on Maven Central are unmaintained. Every offset is checked against the bytes.
 */
final class Elf {
  static final int HEADER_BYTES = 64;
  private static final int ET_EXEC = 2;
  private static final int ET_DYN = 3;

  private Elf() {}

  /** True when {@code head} opens an ELF executable or shared object (a PIE is the latter). */
  static boolean isExecutable(byte[] head) {
    if (head.length < 20 || head[0] != 0x7f || head[1] != 'E' || head[2] != 'L' || head[3] != 'F') {
      return false;
    }
    int type = buffer(head).getShort(16) & 0xffff;
    return type == ET_EXEC || type == ET_DYN;
  }

  /** The contents of the section named {@code name}, when the file is ELF and has one. */
  static Optional<byte[]> section(byte[] file, String name) {
    if (!isExecutable(file) || file.length < HEADER_BYTES) {
      return Optional.empty();
    }
    ByteBuffer b = buffer(file);
    boolean wide = file[4] == 2; // EI_CLASS: ELFCLASS64
    long shoff = wide ? b.getLong(0x28) : b.getInt(0x20) & 0xffffffffL;
    int shentsize = b.getShort(wide ? 0x3a : 0x2e) & 0xffff;
    int shnum = b.getShort(wide ? 0x3c : 0x30) & 0xffff;
    int shstrndx = b.getShort(wide ? 0x3e : 0x32) & 0xffff;
    if (shoff <= 0
        || shentsize < (wide ? 64 : 40)
        || shstrndx >= shnum
        || shoff + (long) shnum * shentsize > file.length) {
      return Optional.empty();
    }
    long[] names = range(b, file.length, shoff + (long) shstrndx * shentsize, wide);
    if (names.length == 0) {
      return Optional.empty();
    }
    byte[] wanted = name.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < shnum; i++) {
      int at = (int) (shoff + (long) i * shentsize);
      long nameOffset = b.getInt(at) & 0xffffffffL;
      long[] contents = range(b, file.length, at, wide);
      if (contents.length > 0 && named(file, names, nameOffset, wanted)) {
        byte[] out = new byte[(int) contents[1]];
        System.arraycopy(file, (int) contents[0], out, 0, out.length);
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  /** A section header's {@code {offset, size}}, or {@code {}} when it lies outside the file. */
  private static long[] range(ByteBuffer b, int length, long header, boolean wide) {
    int at = (int) header;
    long offset = wide ? b.getLong(at + 0x18) : b.getInt(at + 0x10) & 0xffffffffL;
    long size = wide ? b.getLong(at + 0x20) : b.getInt(at + 0x14) & 0xffffffffL;
    if (offset < 0 || size < 0 || offset + size > length) {
      return new long[0];
    }
    return new long[] {offset, size};
  }

  /** Whether the name at {@code offset} in the string table {@code table} is {@code wanted}. */
  private static boolean named(byte[] file, long[] table, long offset, byte[] wanted) {
    if (offset + wanted.length + 1 > table[1]) {
      return false;
    }
    int at = (int) (table[0] + offset);
    for (int i = 0; i < wanted.length; i++) {
      if (file[at + i] != wanted[i]) {
        return false;
      }
    }
    return file[at + wanted.length] == 0;
  }

  private static ByteBuffer buffer(byte[] bytes) {
    ByteOrder order = bytes[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    return ByteBuffer.wrap(bytes).order(order);
  }
}
