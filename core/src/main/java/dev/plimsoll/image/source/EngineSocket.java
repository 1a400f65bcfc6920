package dev.plimsoll.image.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A connection to the Docker Engine whose every wait has a deadline. A blocking {@link
 * SocketChannel} has no read timeout ({@code socket().setSoTimeout} does not apply to channels, and
 * a unix-domain channel has no {@code socket()} at all), so the channel is non-blocking and each
 * wait is a {@link Selector#select(long)}: an engine that stops sending fails the read after {@code
 * timeout} without data instead of hanging Plimsoll.
 */
final class EngineSocket extends InputStream {
  private final SocketChannel channel;
  private final Selector selector;
  private final SelectionKey key;
  private final long timeoutMillis;
  private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).flip();

  private EngineSocket(SocketChannel channel, Selector selector, Duration timeout)
      throws IOException {
    this.channel = channel;
    this.selector = selector;
    this.timeoutMillis = timeout.toMillis();
    channel.configureBlocking(false);
    this.key = channel.register(selector, SelectionKey.OP_CONNECT);
  }

  /** Connects, waiting at most {@code timeout}. */
  static EngineSocket connect(SocketAddress address, Duration timeout) throws IOException {
    SocketChannel channel =
        address instanceof UnixDomainSocketAddress
            ? SocketChannel.open(StandardProtocolFamily.UNIX)
            : SocketChannel.open();
    Selector selector = null;
    try {
      selector = Selector.open();
      EngineSocket socket = new EngineSocket(channel, selector, timeout);
      if (!channel.connect(address)) {
        socket.await(SelectionKey.OP_CONNECT, "to connect");
        channel.finishConnect();
      }
      return socket;
    } catch (IOException | RuntimeException e) {
      channel.close();
      if (selector != null) {
        selector.close();
      }
      throw e;
    }
  }

  /** Sends all of {@code bytes}. */
  void write(byte[] bytes) throws IOException {
    ByteBuffer out = ByteBuffer.wrap(bytes);
    while (out.hasRemaining()) {
      if (channel.write(out) == 0) {
        await(SelectionKey.OP_WRITE, "to accept the request");
      }
    }
  }

  @Override
  public int read() throws IOException {
    return fill() ? buffer.get() & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, buffer.remaining());
    buffer.get(b, off, n);
    return n;
  }

  /** Whether bytes are buffered, reading more when none are; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (buffer.hasRemaining()) {
      return true;
    }
    buffer.clear();
    try {
      while (true) {
        int n = channel.read(buffer);
        if (n != 0) {
          return n > 0;
        }
        await(SelectionKey.OP_READ, "for data");
      }
    } finally {
      buffer.flip();
    }
  }

  /** Waits until the channel is ready for {@code op}, at most the timeout. */
  private void await(int op, String what) throws IOException {
    key.interestOps(op);
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw new SocketTimeoutException(
            "the engine did not answer: waited "
                + (timeoutMillis % 1000 == 0
                    ? timeoutMillis / 1000 + " s "
                    : timeoutMillis + " ms ")
                + what);
      }
      selector.selectedKeys().clear();
      if (selector.select(left) > 0) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      selector.close();
    } finally {
      channel.close();
    }
  }
}
