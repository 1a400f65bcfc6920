package dev.plimsoll.image.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.files.HiddenFile.Hiding;
import dev.plimsoll.image.files.PathChange.Change;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileTreeTest {

  static FileTree stack(TarBuilder... layers) throws BadInputException {
    List<LayerListing> listings = new ArrayList<>();
    for (int i = 0; i < layers.length; i++) {
      listings.add(LayerTar.read("layer " + i, new ByteArrayInputStream(layers[i].build())));
    }
    return FileTree.stack(listings);
  }

  private static List<String> paths(FileTree tree) {
    return tree.visible().stream().map(FileNode::path).toList();
  }

  @Test
  void aLaterLayerOverwritesAFile() throws Exception {
    FileTree tree =
        stack(
            new TarBuilder().dir("app").file("app/a.jar", 100),
            new TarBuilder().file("app/a.jar", 50));
    FileNode jar = tree.get("app/a.jar").orElseThrow();
    assertThat(jar.size()).isEqualTo(50);
    assertThat(jar.addedIn()).isZero();
    assertThat(jar.changedIn()).isEqualTo(1);
    assertThat(tree.history("app/a.jar"))
        .containsExactly(new PathChange(0, Change.ADDED), new PathChange(1, Change.CHANGED));
    assertThat(tree.hidden())
        .containsExactly(
            new HiddenFile("app/a.jar", EntryKind.FILE, 100, 0, 1, Hiding.OVERWRITTEN));
    // The folder that app/a.jar's layer 1 entry sits in was never listed there: it stays as is.
    assertThat(tree.get("app").orElseThrow().implicit()).isFalse();
  }

  @Test
  void aWhiteoutRemovesAFile() throws Exception {
    FileTree tree =
        stack(
            new TarBuilder().dir("etc").file("etc/secret", 10).file("etc/keep", 1),
            new TarBuilder().dir("etc").whiteout("etc/secret"));
    assertThat(paths(tree)).containsExactly("etc", "etc/keep");
    assertThat(tree.history("etc/secret"))
        .containsExactly(new PathChange(0, Change.ADDED), new PathChange(1, Change.REMOVED));
    assertThat(tree.hidden())
        .containsExactly(new HiddenFile("etc/secret", EntryKind.FILE, 10, 0, 1, Hiding.WHITEOUT));
  }

  @Test
  void aWhiteoutRemovesAFolderAndAllItHolds() throws Exception {
    FileTree tree =
        stack(
            new TarBuilder().dir("d").file("d/a", 10).dir("d/sub").file("d/sub/b", 20),
            new TarBuilder().whiteout("d"));
    assertThat(paths(tree)).isEmpty();
    assertThat(tree.hidden())
        .extracting(HiddenFile::path, HiddenFile::size, HiddenFile::how)
        .containsExactly(
            tuple("d/a", 10L, Hiding.WHITEOUT), tuple("d/sub/b", 20L, Hiding.WHITEOUT));
    assertThat(tree.history("d/sub/b")).last().isEqualTo(new PathChange(1, Change.REMOVED));
  }

  @Test
  void anOpaqueFolderHidesWhatTheLayersBelowPutInIt() throws Exception {
    // The layer's own entry comes before its marker in the tar and still survives: markers apply
    // to the layers below only (OCI layer.md).
    FileTree tree =
        stack(
            new TarBuilder().dir("d").file("d/a", 10).file("d/b", 5).file("other", 1),
            new TarBuilder().dir("d").file("d/c", 1).opaque("d"));
    assertThat(paths(tree)).containsExactly("d", "d/c", "other");
    assertThat(tree.hidden())
        .extracting(HiddenFile::path, HiddenFile::how)
        .containsExactly(tuple("d/a", Hiding.OPAQUE), tuple("d/b", Hiding.OPAQUE));
  }

  @Test
  void aWhiteoutAndAnEntryAtTheSamePathInOneLayerReplaceTheLowerOne() throws Exception {
    FileTree tree =
        stack(new TarBuilder().file("a", 3), new TarBuilder().file("a", 4).whiteout("a"));
    assertThat(tree.get("a").orElseThrow().size()).isEqualTo(4);
    assertThat(tree.get("a").orElseThrow().addedIn()).isEqualTo(1);
    assertThat(tree.history("a"))
        .containsExactly(
            new PathChange(0, Change.ADDED),
            new PathChange(1, Change.REMOVED),
            new PathChange(1, Change.ADDED));
  }

  @Test
  void aHardLinkKeepsTheBytesOfARemovedTargetReachable() throws Exception {
    TarBuilder base =
        new TarBuilder().dir("bin").file("bin/tool", 100).hardlink("bin/alias", "bin/tool");
    FileTree removedTarget = stack(base, new TarBuilder().whiteout("bin/tool"));
    assertThat(removedTarget.get("bin/alias").orElseThrow().linkTarget()).contains("bin/tool");
    assertThat(removedTarget.hidden()).isEmpty();

    FileTree removedBoth =
        stack(
            new TarBuilder().dir("bin").file("bin/tool", 100).hardlink("bin/alias", "bin/tool"),
            new TarBuilder().whiteout("bin/tool"),
            new TarBuilder().whiteout("bin/alias"));
    assertThat(removedBoth.hidden())
        .extracting(HiddenFile::path, HiddenFile::size, HiddenFile::storedIn, HiddenFile::hiddenIn)
        .containsExactly(tuple("bin/tool", 100L, 0, 1), tuple("bin/alias", 0L, 0, 2));
  }

  @Test
  void aSymlinkIsAnEntryNeverFollowed() throws Exception {
    FileTree tree =
        stack(
            new TarBuilder()
                .dir("usr")
                .dir("usr/bin")
                .file("usr/bin/sh", 9)
                .symlink("bin", "usr/bin"),
            new TarBuilder().whiteout("bin"));
    assertThat(paths(tree)).containsExactly("usr", "usr/bin", "usr/bin/sh");
    assertThat(tree.hidden())
        .containsExactly(new HiddenFile("bin", EntryKind.SYMLINK, 0, 0, 1, Hiding.WHITEOUT));

    // An entry below a symlink does not land in the link's target: the link gives way to a folder.
    FileTree below =
        stack(
            new TarBuilder().dir("usr").dir("usr/lib").symlink("lib", "usr/lib"),
            new TarBuilder().file("lib/x.so", 5));
    assertThat(below.get("lib").orElseThrow().kind()).isEqualTo(EntryKind.DIRECTORY);
    assertThat(below.get("lib").orElseThrow().implicit()).isTrue();
    assertThat(below.get("usr/lib/x.so")).isEmpty();
  }

  @Test
  void aFileReplacingAFolderHidesWhatTheFolderHeld() throws Exception {
    FileTree tree = stack(new TarBuilder().dir("d").file("d/x", 10), new TarBuilder().file("d", 5));
    assertThat(paths(tree)).containsExactly("d");
    assertThat(tree.get("d").orElseThrow().kind()).isEqualTo(EntryKind.FILE);
    assertThat(tree.hidden())
        .containsExactly(new HiddenFile("d/x", EntryKind.FILE, 10, 0, 1, Hiding.OVERWRITTEN));
  }

  @Test
  void foldersMergeAndImplicitFoldersAreMarked() throws Exception {
    FileTree tree =
        stack(new TarBuilder().dir("a").file("a/1", 1), new TarBuilder().file("a/b/2", 2));
    assertThat(paths(tree)).containsExactly("a", "a/1", "a/b", "a/b/2");
    assertThat(tree.get("a/b").orElseThrow().implicit()).isTrue();
    assertThat(tree.get("a/b").orElseThrow().addedIn()).isEqualTo(1);
    assertThat(tree.under("a/b")).extracting(FileNode::path).containsExactly("a/b/2");
    assertThat(tree.history("nowhere")).isEmpty();
    assertThat(tree.layerCount()).isEqualTo(2);
  }
}
