package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code curl} or {@code wget} command: what it fetches and where it writes.
 *
 * @param command the command, wrappers removed
 * @param tool {@code curl} or {@code wget}
 * @param urls the operands (and curl's {@code --url} values), in order
 * @param output the file named by curl's {@code -o}/{@code --output} or wget's {@code -O}/{@code
 *     --output-document}; {@code -} is standard output
 * @param remoteName curl's {@code -O}/{@code --remote-name}: saved under the URL's file name
 */
public record Download(
    SimpleCommand command,
    String tool,
    List<String> urls,
    Optional<String> output,
    boolean remoteName) {

  private static final Set<String> CURL_VALUES =
      Set.of(
          "-o",
          "--output",
          "-H",
          "--header",
          "-d",
          "--data",
          "--data-raw",
          "--data-binary",
          "--data-urlencode",
          "-u",
          "--user",
          "-A",
          "--user-agent",
          "-e",
          "--referer",
          "-x",
          "--proxy",
          "-X",
          "--request",
          "-m",
          "--max-time",
          "--connect-timeout",
          "--retry",
          "--retry-delay",
          "--retry-max-time",
          "-w",
          "--write-out",
          "-T",
          "--upload-file",
          "-K",
          "--config",
          "-b",
          "--cookie",
          "-c",
          "--cookie-jar",
          "-r",
          "--range",
          "-C",
          "--continue-at",
          "-E",
          "--cert",
          "--cacert",
          "--capath",
          "--key",
          "--resolve",
          "--limit-rate",
          "-F",
          "--form",
          "--url",
          "--output-dir",
          "--proto",
          "--proto-redir",
          "-U",
          "--proxy-user",
          "-D",
          "--dump-header",
          "--stderr",
          "-Y",
          "-y",
          "-z",
          "--max-filesize",
          "--noproxy",
          "--interface",
          "-Q",
          "--quote");
  private static final Set<String> WGET_VALUES =
      Set.of(
          "-O",
          "--output-document",
          "-o",
          "--output-file",
          "-a",
          "--append-output",
          "-P",
          "--directory-prefix",
          "-t",
          "--tries",
          "-T",
          "--timeout",
          "-U",
          "--user-agent",
          "--header",
          "-e",
          "--execute",
          "-i",
          "--input-file",
          "-w",
          "--wait",
          "--user",
          "--password",
          "--post-data",
          "-Q",
          "--quota",
          "-l",
          "--level",
          "-A",
          "-R",
          "-D",
          "-X",
          "-I",
          "--limit-rate",
          "-B",
          "--base",
          "--ca-certificate",
          "--certificate",
          "--private-key");

  public Download {
    urls = List.copyOf(urls);
  }

  /** The download the command makes, looking through wrappers; empty for other commands. */
  public static Optional<Download> recognise(SimpleCommand command) {
    SimpleCommand c = command.unwrapped();
    boolean curl = c.is("curl");
    if (!curl && !c.is("wget")) {
      return Optional.empty();
    }
    Options options = c.options(curl ? CURL_VALUES : WGET_VALUES);
    List<String> urls = new ArrayList<>();
    for (Flag flag : options.flags()) {
      if (flag.name().equals("--url")) {
        flag.value().ifPresent(urls::add);
      }
    }
    options.operands().forEach(w -> urls.add(w.unquoted()));
    Optional<String> output =
        (curl ? options.flag("-o", "--output") : options.flag("-O", "--output-document"))
            .flatMap(Flag::value);
    boolean remoteName = curl && options.has("-O", "--remote-name", "--remote-name-all", "-J");
    return Optional.of(new Download(c, curl ? "curl" : "wget", urls, output, remoteName));
  }

  /** True when the body goes to standard output, ready for a pipe. */
  public boolean writesToStdout() {
    if (output.isPresent()) {
      return output.get().equals("-");
    }
    // wget saves to a file unless told otherwise; curl writes to standard output.
    return tool.equals("curl") && !remoteName;
  }
}
