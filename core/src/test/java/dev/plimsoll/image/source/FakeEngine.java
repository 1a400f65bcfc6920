package dev.plimsoll.image.source;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * A Docker Engine that answers with canned bytes, for the faults a real engine cannot be made to
 * produce (a body cut short, headers without end, silence). Listens on a unix socket or, for {@code
 * tcp://}, on the loopback; each connection gets one answer and is closed.
 */
final class FakeEngine implements AutoCloseable {
  /** Writes an answer, status line included. */
  interface Answer {
    void write(OutputStream out) throws IOException;
  }

  private final ServerSocketChannel server;
  private final Map<String, Answer> routes = new ConcurrentHashMap<>();
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch closed = new CountDownLatch(1);
  private final String host;

  private FakeEngine(ServerSocketChannel server, String host) {
    this.server = server;
    this.host = host;
    Thread t = new Thread(this::serve, "fake-engine");
    t.setDaemon(true);
    t.start();
  }

  static FakeEngine unix(java.nio.file.Path socket) throws IOException {
    ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    s.bind(UnixDomainSocketAddress.of(socket));
    return new FakeEngine(s, "unix://" + socket);
  }

  static FakeEngine tcp() throws IOException {
    ServerSocketChannel s = ServerSocketChannel.open();
    s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
    SocketAddress a = s.getLocalAddress();
    return new FakeEngine(s, "tcp://127.0.0.1:" + ((java.net.InetSocketAddress) a).getPort());
  }

  /** The DOCKER_HOST of this engine. */
  String host() {
    return host;
  }

  /** The request lines received, {@code GET /images/app/json}. */
  List<String> seen() {
    return List.copyOf(seen);
  }

  FakeEngine on(String path, Answer answer) {
    routes.put(path, answer);
    return this;
  }

  /** Holds the connection open until the engine is closed, sending nothing more. */
  void hang() throws IOException {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve() {
    while (server.isOpen()) {
      try {
        SocketChannel c = server.accept();
        Thread t = new Thread(() -> answer(c), "fake-engine-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void answer(SocketChannel c) {
    try (c;
        InputStream in = Channels.newInputStream(c);
        OutputStream out = Channels.newOutputStream(c)) {
      String request = new String(readHead(in), ISO_8859_1);
      String line = request.lines().findFirst().orElse("");
      seen.add(line.replace(" HTTP/1.1", ""));
      String path = line.substring(line.indexOf(' ') + 1, line.lastIndexOf(' '));
      Answer a = routes.get(path);
      if (a == null) {
        json(404, "{\"message\":\"page not found\"}").write(out);
      } else {
        a.write(out);
      }
    } catch (IOException e) {
      // The client went away: the test judges what it saw.
    }
  }

  private static byte[] readHead(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    int matched = 0;
    for (int c = in.read(); c >= 0; c = in.read()) {
      b.write(c);
      matched = (c == "\r\n\r\n".charAt(matched)) ? matched + 1 : (c == '\r' ? 1 : 0);
      if (matched == 4) {
        break;
      }
    }
    return b.toByteArray();
  }

  /** A JSON answer framed by Content-Length, as the engine sends inspects and errors. */
  static Answer json(int status, String body) {
    byte[] bytes = body.getBytes(UTF_8);
    return out -> {
      out.write(
          ("HTTP/1.1 "
                  + status
                  + " X\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(ISO_8859_1));
      out.write(bytes);
    };
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    server.close();
  }
}
