package dev.plimsoll.image.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON shapes, read from text as writers produce it, and refused field by field. */
class ImageJsonTest {
  private static final String DIGEST =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private static byte[] json(String text) {
    return text.replace('\'', '"').getBytes(UTF_8);
  }

  @Test
  void config() throws BadInputException {
    ImageConfig c =
        ImageJson.config(
            "a.tar",
            "c.json",
            json(
                "{'architecture':'arm64','os':'linux','variant':'v8','created':'2024-01-01T00:00:00Z',"
                    + "'config':{'User':'','Env':['A=1'],'Entrypoint':'/init','Cmd':null,"
                    + "'WorkingDir':'/srv','ExposedPorts':{'80/tcp':{},'53/udp':{}},"
                    + "'Volumes':{'/data':{}},'Labels':{'k':'v'},'StopSignal':'SIGTERM',"
                    + "'Healthcheck':{'Test':['CMD','true']}},"
                    + "'rootfs':{'type':'layers','diff_ids':['"
                    + DIGEST
                    + "']},"
                    + "'history':[{'created_by':'RUN x','empty_layer':true,'comment':'buildkit'}],"
                    + "'unknown':[1,2]}"));
    assertThat(c.architecture()).isEqualTo("arm64");
    assertThat(c.variant()).hasValue("v8");
    assertThat(c.created()).hasValue("2024-01-01T00:00:00Z");
    assertThat(c.config().user()).isEmpty();
    assertThat(c.config().entrypoint()).containsExactly("/init");
    assertThat(c.config().cmd()).isEmpty();
    assertThat(c.config().workingDir()).hasValue("/srv");
    assertThat(c.config().exposedPorts()).containsExactly("80/tcp", "53/udp");
    assertThat(c.config().volumes()).containsExactly("/data");
    assertThat(c.config().labels()).isEqualTo(Map.of("k", "v"));
    assertThat(c.config().stopSignal()).hasValue("SIGTERM");
    assertThat(c.config().healthcheck()).hasValue(List.of("CMD", "true"));
    assertThat(c.history())
        .containsExactly(
            new ImageConfig.HistoryEntry(Optional.empty(), "RUN x", true, Optional.of("buildkit")));
    assertThat(c.diffIds()).containsExactly(DIGEST);
  }

  @Test
  void refusalsNameTheField() {
    assertThatThrownBy(() -> ImageJson.config("a.tar", "c.json", json("{'config':{'Env':'A=1'}}")))
        .hasMessage("a.tar: c.json: config.Env: not a list");
    assertThatThrownBy(
            () -> ImageJson.config("a.tar", "c.json", json("{'rootfs':{'diff_ids':['md5:x']}}")))
        .hasMessage("a.tar: c.json: rootfs.diff_ids: \"md5:x\" is not a digest");
    assertThatThrownBy(() -> ImageJson.config("a.tar", "c.json", json("[1]")))
        .hasMessage("a.tar: c.json: not an object");
    assertThatThrownBy(() -> ImageJson.config("a.tar", "c.json", json("{} {}")))
        .hasMessageStartingWith("a.tar: c.json: not JSON: Trailing token");
    assertThatThrownBy(
            () ->
                ImageJson.index(
                    "l",
                    "index.json",
                    json("{'manifests':[{'digest':'" + DIGEST + "','size':-1}]}")))
        .hasMessage("l: index.json: manifests[0].size: not a size in bytes: -1");
    assertThatThrownBy(
            () -> ImageJson.manifest("l", "m", json("{'config':{'digest':'" + DIGEST + "'}}")))
        .hasMessage("l: m: config: no size");
    assertThatThrownBy(() -> ImageJson.dockerManifest("a.tar", "manifest.json", json("{}")))
        .hasMessage("a.tar: manifest.json: not a list of images");
    assertThatThrownBy(() -> ImageJson.dockerManifest("a.tar", "manifest.json", json("[]")))
        .hasMessage("a.tar: manifest.json: lists no images");
    String deep = "[".repeat(100_000);
    assertThatThrownBy(() -> ImageJson.dockerManifest("a.tar", "manifest.json", json(deep)))
        .hasMessageStartingWith("a.tar: manifest.json: not JSON: Document nesting depth (65)")
        .hasMessageNotContaining("\n");
  }

  @Test
  void indexWithPlatformsAndDockerManifest() throws BadInputException {
    ImageIndex index =
        ImageJson.index(
            "l",
            "index.json",
            json(
                "{'manifests':[{'mediaType':'"
                    + MediaTypes.OCI_MANIFEST
                    + "','digest':'"
                    + DIGEST
                    + "','size':7,'platform':{'os':'linux','architecture':'arm64','variant':'v8'},"
                    + "'annotations':{'org.opencontainers.image.ref.name':'1.0'}}]}"));
    Descriptor d = index.manifests().get(0);
    assertThat(d.platform()).hasValue(new Platform("linux", "arm64", Optional.of("v8")));
    assertThat(d.platform().orElseThrow().serves(new Platform("linux", "arm64", Optional.empty())))
        .isTrue();
    assertThat(d.refName()).hasValue("1.0");
    assertThat(d.blobPath()).isEqualTo("blobs/sha256/" + DIGEST.substring(7));
    assertThat(d.isIndex()).isFalse();
    List<DockerManifestEntry> entries =
        ImageJson.dockerManifest(
            "a.tar",
            "manifest.json",
            json(
                "[{'Config':'c.json','RepoTags':null,'Layers':['a/layer.tar'],'LayerSources':{'"
                    + DIGEST
                    + "':{'mediaType':'x','digest':'"
                    + DIGEST
                    + "','size':3}}}]"));
    assertThat(entries.get(0).repoTags()).isEmpty();
    assertThat(entries.get(0).layerSources().get(DIGEST).size()).isEqualTo(3);
  }
}
