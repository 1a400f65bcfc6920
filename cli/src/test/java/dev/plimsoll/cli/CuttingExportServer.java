package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * osv.dev's bucket as {@code db update} sees it, on 127.0.0.1, written on a bare socket because the
 * JDK's HttpServer cannot drop a connection midway: the first answer announces the whole {@code
 * /ECOSYSTEM/all.zip} and is cut off halfway; later ones honour {@code Range}.
 */
final class CuttingExportServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("(?i)range: bytes=(\\d+)-");

  private final ServerSocket socket;
  private final byte[] body;
  private final String path;
  private final Thread thread;

  /** The first line and Range header of every request. */
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  CuttingExportServer(String ecosystem, byte[] body) throws IOException {
    this.body = body.clone();
    this.path = "/" + ecosystem + "/all.zip";
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "export-server");
    thread.setDaemon(true);
    thread.start();
  }

  String base() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void serve() {
    for (int n = 0; n < 20 && !socket.isClosed(); n++) {
      try (Socket s = socket.accept()) {
        answer(s, n == 0);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void answer(Socket s, boolean cut) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), US_ASCII));
    String first = in.readLine();
    int start = 0;
    for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
      Matcher m = RANGE.matcher(line);
      if (m.matches()) {
        start = Integer.parseInt(m.group(1));
      }
    }
    requests.add(first + (start > 0 ? " from " + start : ""));
    OutputStream out = s.getOutputStream();
    if (first == null || !first.startsWith("GET " + path + " ")) {
      out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(US_ASCII));
      return;
    }
    String head =
        (start > 0 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n")
            + "ETag: \"v1\"\r\nConnection: close\r\nContent-Length: "
            + (body.length - start)
            + "\r\n"
            + (start > 0
                ? "Content-Range: bytes "
                    + start
                    + "-"
                    + (body.length - 1)
                    + "/"
                    + body.length
                    + "\r\n"
                : "")
            + "\r\n";
    out.write(head.getBytes(US_ASCII));
    out.write(body, start, cut ? (body.length - start) / 2 : body.length - start);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
