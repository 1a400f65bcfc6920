package dev.plimsoll.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's {@code chromium}, headless, as a person's browser: it opens a page from a file, runs its
 * scripts and hands back the DOM, and its network log tells which requests the page made.
 */
final class HeadlessChromium {
  /** What the browser made of a page. */
  record Render(String dom, List<String> pageRequests) {}

  private HeadlessChromium() {}

  /**
   * Opens {@code page} (with {@code #fragment} when not empty) in a fresh profile under {@code
   * work}. Every host name resolves to nothing, so a request the check missed still goes nowhere.
   */
  static Render open(Path page, String fragment, Path work) throws IOException {
    Path profile = Files.createTempDirectory(work, "chromium");
    Path netLog = profile.resolve("net-log.json");
    String url = page.toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
    ProcessBuilder pb =
        new ProcessBuilder(
            "chromium",
            "--headless",
            "--no-sandbox", // root in a container has no user namespace for the sandbox
            "--disable-gpu",
            "--user-data-dir=" + profile,
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--log-net-log=" + netLog,
            "--dump-dom",
            url);
    Cli.Result r = Cli.exec(pb, null, 60, "chromium --dump-dom " + url);
    if (r.exit() != 0 || !Files.isRegularFile(netLog)) {
      throw new AssertionError("chromium failed (exit " + r.exit() + "): " + r.err());
    }
    return new Render(r.out(), pageRequests(netLog));
  }

  /**
   * The URLs of the requests the page made: those whose network isolation key is the page's {@code
   * file://} site. Chromium's own (update checks, the clock, accounts) have other keys.
   */
  private static List<String> pageRequests(Path netLog) throws IOException {
    JsonNode log = new ObjectMapper().readTree(netLog.toFile());
    int start = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
    List<String> urls = new ArrayList<>();
    for (JsonNode e : log.path("events")) {
      JsonNode p = e.path("params");
      if (e.path("type").asInt() == start
          && p.path("network_isolation_key").asText().startsWith("file://")) {
        urls.add(p.path("url").asText());
      }
    }
    return urls;
  }
}
