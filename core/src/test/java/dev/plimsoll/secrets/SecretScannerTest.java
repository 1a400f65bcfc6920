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
    SecretScanner configured =
        configured(
            """
            allow-paths: ['/srv/fixtures', '**/*.env.sample']
            allow-values: ['^ghp_aB3d']
            disable: [basic-auth-url]
            """);
    String text = "GH=" + TOKEN + "\nURL=https://u:Xk9pL2mQ7vRz@h/\n";
    // A glob naming a folder covers what is under it; a leading / is the root's.
    assertThat(configured.scan("srv/fixtures/deep/a", text(text), OptionalInt.empty()).coverage())
        .isEqualTo(SecretScanner.Coverage.ALLOWED);
    assertThat(configured.allowsFolder("srv/fixtures/")).isTrue();
    assertThat(configured.scan("app/prod.env.sample", text(text), OptionalInt.empty()).coverage())
        .isEqualTo(SecretScanner.Coverage.ALLOWED);
    String other = "GH=ghp_" + "Zq8WkR3tYvN5pL2xC7mB9dF4hJ6sA1gE0uTi\n";
    assertThat(configured.scan("srv/fixtures2/a", text(other), OptionalInt.empty()).findings())
        .extracting(SecretFinding::detector)
        .containsExactly("github-pat");
    assertThat(configured.scanText("a", text)).isEmpty();
    assertThat(SCANNER.scanText("a", text))
        .extracting(SecretFinding::detector)
        .containsExactly("github-pat", "basic-auth-url");
  }

  @Test
  void anAllowedValueIsALiteralOrARegularExpression() throws Exception {
    String stripe = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    String odd = "+Xk9pL2mQ7vRz"; // no regular expression: a literal
    String text = "STRIPE=" + stripe + "\nDB_PASSWORD=" + odd + "\nAPI_TOKEN=Qw8-dev-zR5tY2u\n";
    assertThat(SCANNER.scanText("a", text))
        .extracting(SecretFinding::detector)
        .containsExactly(
            "stripe-secret-key", "generic-secret-assignment", "generic-secret-assignment");
    SecretScanner configured =
        configured("allow-values: ['" + stripe + "', '" + odd + "', '-dev-']\n"); // '(' : a literal
    assertThat(configured.scanText("a", text)).isEmpty();
    assertThat(configured.scanText("a", "DB_PASSWORD=+Xk9pL2mQ7vRzz\n")).hasSize(1);
  }

  private static SecretScanner configured(String yaml) throws Exception {
    JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    return SecretScanner.configured(SecretConfig.read(node, ".plimsoll.yaml"));
  }

  @Test
  void aBadConfigurationIsRefusedInOneLine() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("allow-paths: ['a/[b']"), "c.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("c.yaml: secrets.allow-paths: a/[b is not a glob: ");
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("disable: [nope]"), "c.yaml"))
        .hasMessage("c.yaml: secrets.disable: unknown detector nope");
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("allow: []"), "c.yaml"))
        .hasMessageStartingWith("c.yaml: secrets: unknown key allow");
    assertThatThrownBy(() -> SecretConfig.read(yaml.readTree("disable: jwt"), "c.yaml"))
        .hasMessage("c.yaml: secrets.disable: must be a list");
  }
}
