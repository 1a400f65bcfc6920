package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.inventory.Ecosystem;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.Inventory;
import dev.plimsoll.sbom.Sbom;
import dev.plimsoll.sbom.SbomSubject;
import dev.plimsoll.secrets.SecretFinding;
import dev.plimsoll.secrets.SecretSeverity;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import dev.plimsoll.vulnerability.severity.Severity;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The scan page read back by jsoup, as a browser parses it: the rows, and markup kept as text. */
class ScanHtmlTest {
  private static final String MARKUP = "<img src=x onerror=alert(1)>";

  /** The page does not show the inventory. */
  private static final Sbom NO_SBOM =
      Sbom.of(
          new SbomSubject.Folder("."),
          new Inventory(Optional.empty(), List.of(), List.of()),
          "test");

  private static final String RUN = "RUN /bin/sh -c npm install lodash@4.17.15 # buildkit";

  private static FoundPackage lodash(String name) {
    return new FoundPackage(
        Ecosystem.NPM,
        name,
        "4.17.15",
        "pkg:npm/lodash@4.17.15",
        Optional.empty(),
        List.of(),
        "app/node_modules/lodash/package.json",
        OptionalInt.of(1),
        Optional.of(RUN));
  }

  private static VulnerabilityMatch match(
      String id, List<String> aliases, FoundPackage p, Optional<String> fixed, Severity s) {
    return new VulnerabilityMatch(
        id,
        aliases,
        "Prototype pollution",
        p,
        "npm",
        p.name(),
        "4.17.15",
        fixed,
        s,
        Optional.empty());
  }

  private static Document page(ScanResult r) throws Exception {
    StringWriter out = new StringWriter();
    ScanHtml.write(r, out);
    return Jsoup.parse(out.toString());
  }

  private static List<String> cells(Element row) {
    return row.select("td").eachText();
  }

  @Test
  void aRowPerVulnerabilityAndSecretWithLayerInstructionAndRedactedValue() throws Exception {
    ScanResult r =
        new ScanResult(
            "docker-archive:app.tar",
            Optional.of("Debian GNU/Linux 12 (bookworm)"),
            2,
            List.of(
                match(
                    "GHSA-35jh-r3h4-6jhm",
                    List.of("CVE-2021-23337"),
                    lodash("lodash"),
                    Optional.of("4.17.21"),
                    Severity.HIGH),
                match(
                    "GHSA-29mw-wpgm-hmr9",
                    List.of(),
                    lodash("lodash"),
                    Optional.empty(),
                    Severity.MEDIUM)),
            List.of(
                new SecretFinding(
                    "github-pat",
                    "GitHub personal access token",
                    SecretSeverity.CRITICAL,
                    "app/config.env",
                    3,
                    14,
                    40,
                    OptionalInt.of(1),
                    "ghp_****")),
            List.of("1 left out by --ignore-unfixed"),
            NO_SBOM);
    Document doc = page(r);

    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo(HtmlPage.CSP);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo("docker-archive:app.tar");
    assertThat(doc.select(".figures dt").eachText())
        .containsExactly("os", "packages", "vulnerabilities", "high", "medium", "secrets");
    assertThat(doc.select(".figures dd").eachText())
        .containsExactly("Debian GNU/Linux 12 (bookworm)", "2", "2", "1", "1", "1");

    List<Element> rows = doc.select("table.vulnerabilities tr:has(td)");
    assertThat(rows).hasSize(2);
    assertThat(cells(rows.get(0)))
        .containsExactly(
            "high",
            "GHSA-35jh-r3h4-6jhm CVE-2021-23337 Prototype pollution",
            "lodash npm",
            "4.17.15",
            "4.17.21",
            "2",
            "RUN npm install lodash@4.17.15");
    assertThat(rows.get(0).select("td").get(6).attr("title")).isEqualTo(RUN);
    assertThat(cells(rows.get(1))).element(4).isEqualTo("no fix");

    List<Element> secrets = doc.select("table.secrets tr:has(td)");
    assertThat(secrets).hasSize(1);
    assertThat(cells(secrets.get(0)))
        .containsExactly(
            "critical",
            "github-pat GitHub personal access token",
            "app/config.env",
            "3",
            "2",
            "ghp_****");
    assertThat(doc.select("#notes li").eachText())
        .containsExactly("1 left out by --ignore-unfixed");
  }

  @Test
  void markupInNamesPathsAndSourcesStaysText() throws Exception {
    ScanResult r =
        new ScanResult(
            MARKUP,
            Optional.empty(),
            1,
            List.of(
                match(MARKUP, List.of(MARKUP), lodash(MARKUP), Optional.of(MARKUP), Severity.LOW)),
            List.of(
                new SecretFinding(
                    MARKUP,
                    MARKUP,
                    SecretSeverity.LOW,
                    MARKUP,
                    1,
                    1,
                    8,
                    OptionalInt.empty(),
                    "x****")),
            List.of(MARKUP),
            NO_SBOM);
    Document doc = page(r);

    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("[onerror]")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo(MARKUP);
    assertThat(doc.select("title").text()).isEqualTo("plimsoll scan " + MARKUP);
    Element row = doc.selectFirst("table.vulnerabilities tr:has(td)");
    assertThat(row.select(".vid").text()).isEqualTo(MARKUP);
    assertThat(row.select("a.vid").attr("href"))
        .isEqualTo("https://osv.dev/vulnerability/%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E");
    assertThat(cells(row).get(2)).isEqualTo(MARKUP + " npm");
    assertThat(cells(row).get(4)).isEqualTo(MARKUP);
    assertThat(cells(doc.selectFirst("table.secrets tr:has(td)")))
        .containsExactly("low", MARKUP + " " + MARKUP, MARKUP, "1", "-", "x****");
    assertThat(doc.select("#notes li").text()).isEqualTo(MARKUP);
  }

  @Test
  void nothingFoundSaysSo() throws Exception {
    Document doc =
        page(
            new ScanResult(
                "./rootfs", Optional.empty(), 0, List.of(), List.of(), List.of(), NO_SBOM));
    assertThat(doc.select("#vulnerabilities p").text()).isEqualTo("No vulnerabilities.");
    assertThat(doc.select("#secrets p").text()).isEqualTo("No secrets.");
    assertThat(doc.select("#notes")).isEmpty();
  }
}
