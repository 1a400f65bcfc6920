package dev.plimsoll.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The scanner's limits, its redaction and the user's configuration. */
class SecretScannerTest {
  private static final String TOKEN = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5";
  private static final SecretScanner SCANNER = SecretScanner.builtin();

  private static SecretScanner.FileScan scan(String path, InputStream in) throws IOException {
    return SCANNER.scan(path, in, OptionalInt.of(3));
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsAtItsLineAndColumnWithCrlfAndNonAsciiBeforeIt() throws Exception {
    var scan = scan("app/x.env", text("héllo\r\nñ GH=" + TOKEN + "\r\n"));
    assertThat(scan.findings()).hasSize(1);
    SecretFinding f = scan.findings().get(0);
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.column()).isEqualTo(6);
    assertThat(f.length()).isEqualTo(TOKEN.length());
    assertThat(f.layer()).hasValue(3);
    assertThat(f.excerpt()).isEqualTo("ghp_****");
  }

  @Test
  void aShortValueShowsAQuarterAtMost() {
    assertThat(SecretFinding.redact("Xk9pL2mQ")).isEqualTo("Xk****");
    assertThat(SecretFinding.redact("abc")).isEqualTo("****");
  }

  @Test
  void aBinaryFileIsNotRead() throws Exception {
    var scan = scan("bin/tool", text("\0ELF " + TOKEN + "\n"));
    assertThat(scan.coverage()).isEqualTo(SecretScanner.Coverage.BINARY);
    assertThat(scan.findings()).isEmpty();
  }

  @Test
  void aLongLineIsReadInPiecesUnderOneNumber() throws Exception {
    String filler = "a".repeat(TextLines.LINE_LIMIT + 100);
    var scan = scan("min.js", text(filler + " " + TOKEN + "\nnext " + TOKEN + "\n"));
    assertThat(scan.findings()).extracting(SecretFinding::line).containsExactly(1, 2);
    assertThat(scan.coverage()).isEqualTo(SecretScanner.Coverage.WHOLE);
  }

  @Test
  void onlyTheFirstTenMibAreRead() throws Exception {
    byte[] filler = ("x".repeat(1023) + "\n").repeat(10 * 1024).getBytes(StandardCharsets.UTF_8);
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(filler), text("GH=" + TOKEN));
    var scan = scan("var/log/huge.log", in);
    assertThat(scan.coverage()).isEqualTo(SecretScanner.Coverage.TRUNCATED);
    assertThat(scan.findings()).isEmpty();
  }

  @Test
  void anAllowedPathIsNotRead() throws Exception {
    var scan = scan("usr/share/doc/x/README", text(TOKEN));
    assertThat(scan.coverage()).isEqualTo(SecretScanner.Coverage.ALLOWED);
    assertThat(scan.allowedBy()).isEqualTo("system-docs-and-libraries");
  }

  @Test
  void theUsersConfigurationAddsAllowRulesAndDisablesDetectors() throws Exception {
    JsonNode yaml =
        new ObjectMapper(new YAMLFactory())
            .readTree(
                """
                allow-paths: ['^srv/fixtures/']
                allow-values: ['^ghp_aB3d']
                disable: [basic-auth-url]
                """);
    SecretScanner configured = SecretScanner.configured(SecretConfig.read(yaml, ".plimsoll.yaml"));
    String text = "GH=" + TOKEN + "\nURL=https://u:Xk9pL2mQ7vRz@h/\n";
    assertThat(configured.scan("srv/fixtures/a", text(text), OptionalInt.empty()).coverage())
        .isEqualTo(SecretScanner.Coverage.ALLOWED);
    assertThat(configured.scanText("a", text)).isEmpty();
    assertThat(SCANNER.scanText("a", text))
        .extracting(SecretFinding::detector)
        .containsExactly("github-pat", "basic-auth-url");
  }

  @Test
  void aBadConfigurationIsRefusedInOneLine() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("allow-paths: ['(']"), "c.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("c.yaml: secrets.allow-paths: ( is not a regular expression");
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("disable: [nope]"), "c.yaml"))
        .hasMessage("c.yaml: secrets.disable: unknown detector nope");
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("allow: []"), "c.yaml"))
        .hasMessageStartingWith("c.yaml: secrets: unknown key allow");
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("disable: jwt"), "c.yaml"))
        .hasMessage("c.yaml: secrets.disable: must be a list");
  }
}
