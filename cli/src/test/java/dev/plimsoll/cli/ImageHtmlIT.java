package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll image --format html} as a person sees it: the page is written by bin/plimsoll and
 * opened in Debian's headless Chromium, whose DOM (after the page's script ran) and network log are
 * checked. No Docker Engine: dive's test archive, and an archive whose names are markup.
 */
class ImageHtmlIT {
  private static final Path DIVE = Cli.CORPUS.resolve("images/dive/test-docker-image.tar");

  @TempDir static Path dir;

  private static HeadlessChromium.Render dive;
  private static HeadlessChromium.Render hostile;

  @BeforeAll
  static void render() throws IOException {
    Path page = dir.resolve("page.html");
    Cli.Result r = Cli.run("image", DIVE.toString(), "--format", "html", "-o", page.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1); // image-runs-as-root is a warning
    assertThat(r.out()).isEmpty();
    // Choosing layer 8 (the mv; data-layer 7, counted from 0) is what the picker does; the
    // address carries the choice.
    dive = HeadlessChromium.open(page, "layer=8", dir);

    Path bad = dir.resolve("bad.html");
    Path archive = HostileNamesImage.write(dir);
    Cli.Result h =
        Cli.run(
            "image", archive.toString(), "-f", "html", "-o", bad.toString(), "--fail-on", "none");
    assertThat(h.exit()).as(h.err()).isZero();
    hostile = HeadlessChromium.open(bad, "", dir);
  }

  /**
   * The element {@code <tag ... marker ...>...</tag>} holding {@code marker}, as the DOM has it.
   */
  private static String element(String dom, String tag, String marker) {
    Matcher m =
        Pattern.compile("<" + tag + "[^>]*" + Pattern.quote(marker) + "[^>]*>.*?</" + tag + ">")
            .matcher(dom);
    assertThat(m.find()).as("<%s %s> in the page", tag, marker).isTrue();
    return m.group();
  }

  @Test
  void eachLayerIsABarLabelledWithItsSizeAndInstruction() {
    assertThat(element(dive.dom(), "g", "data-layer=\"0\""))
        .contains(">1.2 MB</text>")
        .contains(
            ">ADD file:ce026b62356eec3ad1214f92be2c9dc063fe205bd5e600be3492c4dfb17148bd in /");
    assertThat(element(dive.dom(), "g", "data-layer=\"7\""))
        .contains(">8</text>") // people count layers from 1, as the table does
        .contains(">6.4 kB</text>")
        .contains(">RUN mv /root/example/somefile3.txt /root/saved.txt</text>");
    assertThat(element(dive.dom(), "g", "data-layer=\"9\"")).contains(">0 B</text>");
  }

  @Test
  void theChosenLayersTreeShowsWhatItAddedAndRemoved() {
    assertThat(dive.dom()).contains("<div id=\"tree\" class=\"tree\" data-layer=\"7\">");
    assertThat(element(dive.dom(), "div", "data-path=\"/root/saved.txt\""))
        .contains("class=\"line l-added\"")
        .contains("<span class=\"mark\">+</span>")
        .contains("<span class=\"size\">6.4 kB</span>")
        .contains(">saved.txt</span>");
    assertThat(element(dive.dom(), "div", "data-path=\"/root/example/somefile3.txt\""))
        .contains("class=\"line l-removed\"")
        .contains("<span class=\"mark\">-</span>");
    // Folders that hold no change of the layer stay closed, their files not drawn.
    assertThat(dive.dom()).contains("data-path=\"/bin\"").doesNotContain("data-path=\"/bin/ls\"");
  }

  @Test
  void theWasteAndTheFindingsAreThere() {
    assertThat(dive.dom())
        .contains("<dt>wasted (dive)</dt><dd>32.0 kB (32025 bytes, 48.35% of your layers)</dd>")
        .contains("<strong id=\"reclaimable\">32.0 kB</strong>")
        .contains("base (from the history): 1 layer, 1.2 MB; your layers: 13, 66.2 kB")
        .contains("<td>/root/example/somefile1.txt</td>");
    assertThat(dive.dom())
        .containsPattern(
            "<tr class=\"s-warning\">(?:(?!</tr>).)*image-runs-as-root \\[CIS-DI-0001\\]"
                + "(?:(?!</tr>).)*the image sets no USER, so its processes run as root")
        .containsPattern(
            "<tr class=\"s-warning\">(?:(?!</tr>).)*image-empty-password \\[DKL-LI-0001\\]");
  }

  @Test
  void thePageMakesNoRequest() throws IOException {
    assertThat(dive.pageRequests()).isEmpty();
    assertThat(hostile.pageRequests()).isEmpty();
    assertThat(dive.dom()).doesNotContainPattern("<[^>]+\\s(src|href)=");
    // The check sees requests when a page makes them.
    Path control = dir.resolve("control.html");
    Files.writeString(
        control, "<!DOCTYPE html><img src=\"http://plimsoll-control.invalid/a.png\">");
    assertThat(HeadlessChromium.open(control, "", dir).pageRequests())
        .containsExactly("http://plimsoll-control.invalid/a.png");
  }

  @Test
  void namesThatAreMarkupStayText() {
    String dom = hostile.dom();
    assertThat(dom).doesNotContain("data-pwned").doesNotContain("<img");
    assertThat(dom)
        .contains("&lt;img src=x onerror=\"document.body.dataset.pwned=1\"&gt;.txt</span>")
        .contains(">script&gt;&lt;script&gt;document.body.dataset.pwned=2&lt;</span>")
        .contains("RUN touch '&lt;img src=x onerror=\"document.body.dataset.pwned=1\"&gt;'");
  }
}
