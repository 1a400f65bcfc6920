package dev.plimsoll.inventory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The build information the Go linker writes into every binary since Go 1.18 (Go's {@code
 * debug/buildinfo}): a 32-byte header that opens with {@code \xff Go buildinf:} on a 16-byte
 * boundary, then, in the inline format (flag bit 2), the Go version and the module information as
 * varint-length strings. Found by scanning the stream for the aligned magic, so the file is read
 * once and never held; a header that fails its checks (a copy of the magic in another binary's
 * data, as in the {@code go} command itself) is passed over. Binaries before Go 1.18 point to their
 * strings through the data segment's addresses instead, and are not read.
 *
 * <p>By hand: no Java library reads Go build information.
 */
final class GoBuildInfo {
  static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int ALIGN = 16;
  private static final int FLAG_INLINE = 0x2;
  private static final int MAX_VERSION = 1024;
  private static final int MAX_MODINFO = 4 * 1024 * 1024;

  /**
   * @param goVersion e.g. {@code go1.19.8}
   * @param modinfo the module lines ({@code path}, {@code mod}, {@code dep}, {@code =>}, {@code
   *     build}), without their sentinels
   */
  record Info(String goVersion, String modinfo) {}

  private GoBuildInfo() {}

  /**
   * The build information, when {@code in} is an ELF executable that carries it.
   *
   * @throws IOException when the stream fails
   */
  static Optional<Info> read(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, 64 * 1024);
    byte[] head = new byte[Elf.HEADER_BYTES];
    if (in.readNBytes(head, 0, 2 * ALIGN) < 2 * ALIGN || !Elf.isExecutable(head)) {
      return Optional.empty();
    }
    byte[] block = new byte[ALIGN];
    long offset = 2 * ALIGN;
    while (true) {
      int pad = (int) ((ALIGN - offset % ALIGN) % ALIGN);
      if (in.readNBytes(block, 0, pad) < pad || in.readNBytes(block, 0, ALIGN) < ALIGN) {
        return Optional.empty();
      }
      offset += pad + ALIGN;
      if (!Arrays.equals(block, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        continue;
      }
      int ptrSize = block[14];
      int flags = block[15];
      if ((ptrSize != 4 && ptrSize != 8) || (flags & FLAG_INLINE) == 0) {
        continue;
      }
      if (in.readNBytes(block, 0, ALIGN) < ALIGN) {
        return Optional.empty();
      }
      offset += ALIGN;
      Counted strings = new Counted(in);
      Optional<String> version = strings.string(MAX_VERSION);
      Optional<String> modinfo =
          version.isPresent() ? strings.string(MAX_MODINFO) : Optional.empty();
      offset += strings.count;
      if (version.isPresent() && modinfo.isPresent() && version.get().startsWith("go")) {
        return Optional.of(new Info(version.get(), unwrap(modinfo.get())));
      }
    }
  }

  /**
   * Go's {@code debug/buildinfo}: module information is framed by two 16-byte sentinels, the second
   * after a newline.
   */
  static String unwrap(String modinfo) {
    int n = modinfo.length();
    if (n >= 33 && modinfo.charAt(n - 17) == '\n') {
      return modinfo.substring(16, n - 16);
    }
    return modinfo;
  }

  /** Reads varint-length strings, counting the bytes. */
  private static final class Counted {
    private final InputStream in;
    long count;

    Counted(InputStream in) {
      this.in = in;
    }

    /** An unsigned LEB128 length (Go's {@code binary.Uvarint}), then that many bytes. */
    Optional<String> string(int max) throws IOException {
      long length = 0;
      for (int shift = 0; ; shift += 7) {
        int b = in.read();
        if (b < 0 || shift > 63) {
          return Optional.empty();
        }
        count++;
        length |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          break;
        }
      }
      if (length < 0 || length > max) { // negative: a varint that overflowed 63 bits
        return Optional.empty();
      }
      byte[] bytes = in.readNBytes((int) length);
      count += bytes.length;
      if (bytes.length < length) {
        return Optional.empty();
      }
      // ISO-8859-1 keeps one char per byte, which the sentinel arithmetic above relies on.
      return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
    }
  }
}
