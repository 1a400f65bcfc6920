package dev.plimsoll.image.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.image.files.FileTree;
import dev.plimsoll.image.files.LayerView;
import dev.plimsoll.image.files.LayerView.Mark;
import dev.plimsoll.image.files.LayerView.Row;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import java.nio.file.Path;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each layer's view of dive's test image. The expectations come from the layers' tars: layer 2
 * lists {@code root/} (0700, as the base has it) and makes {@code root/example/really/nested},
 * layer 7 lists {@code root/example/.wh.somefile3.txt} and {@code root/saved.txt}, layer 9 only
 * {@code root/.wh.example}, layer 11 {@code tmp/} (1777, as the base has it) and a file in it,
 * layer 13 {@code root/saved.txt} again with mode 0755; every copied file is the 6405-byte README.
 */
class LayerViewCorpusTest {
  private static final long README = 6405;
  private static FileTree files;

  @BeforeAll
  static void analyze() throws Exception {
    Path archive =
        Path.of(System.getProperty("plimsoll.corpus"), "images/dive/test-docker-image.tar");
    try (ImageSource source = ImageSources.open("docker-archive:" + archive)) {
      files = ImageAnalysis.analyze(source).files();
    }
  }

  private static ListAssert<Tuple> changes(int layer) {
    return assertThat(
        files.layer(layer).changes().stream()
            .map(r -> tuple(r.path(), r.mark(), r.size()))
            .toList());
  }

  @Test
  void mkdirAddsTheFoldersAndChangesOnlyTheFolderHoldingThem() {
    changes(2)
        .containsExactly(
            tuple("root", Mark.CHANGED, 0L),
            tuple("root/example", Mark.ADDED, 0L),
            tuple("root/example/really", Mark.ADDED, 0L),
            tuple("root/example/really/nested", Mark.ADDED, 0L));
  }

  @Test
  void mvRemovesTheSourceAndAddsTheTarget() {
    changes(7)
        .containsExactly(
            tuple("root", Mark.CHANGED, 3 * README),
            tuple("root/example", Mark.CHANGED, 2 * README),
            tuple("root/example/somefile3.txt", Mark.REMOVED, README),
            tuple("root/saved.txt", Mark.ADDED, README));
  }

  @Test
  void rmRfShowsTheRemovedFolderWithAllItHeld() {
    changes(9)
        .containsExactly(
            tuple("root", Mark.CHANGED, 2 * README),
            tuple("root/example", Mark.REMOVED, 2 * README),
            tuple("root/example/really", Mark.REMOVED, 0L),
            tuple("root/example/really/nested", Mark.REMOVED, 0L),
            tuple("root/example/somefile1.txt", Mark.REMOVED, README),
            tuple("root/example/somefile2.txt", Mark.REMOVED, README));
    // chmod 444 of layer 4 is what layer 9 removed.
    assertThat(files.layer(9).rows())
        .filteredOn(r -> r.path().equals("root/example/somefile1.txt"))
        .extracting(r -> r.file().mode())
        .containsExactly(0444);
  }

  @Test
  void aCopyIntoTheBasesTmpChangesTmpOnlyThroughWhatItHolds() {
    changes(11)
        .containsExactly(
            tuple("tmp", Mark.CHANGED, README), tuple("tmp/saved.again1.txt", Mark.ADDED, README));
  }

  @Test
  void chmodIsAChangeOfTheFile() {
    LayerView view = files.layer(13);
    assertThat(view.changes())
        .extracting(Row::path, Row::mark, r -> r.file().mode())
        .containsExactly(
            tuple("root", Mark.CHANGED, 0700), tuple("root/saved.txt", Mark.CHANGED, 0755));
  }

  @Test
  void theBaseLayerAddsItsWholeTreeAndTheLastShowsTheFinalFileSystem() {
    LayerView base = files.layer(0);
    assertThat(base.rows()).allMatch(r -> r.mark() == Mark.ADDED);
    // dive's size of layer 0 is the sum of its entries' sizes; the top folders hold it all.
    assertThat(base.rows().stream().filter(r -> r.depth() == 0).mapToLong(Row::size).sum())
        .isEqualTo(1154361L);
    assertThat(files.layer(13).rows())
        .filteredOn(r -> r.mark() != Mark.REMOVED)
        .extracting(Row::path)
        .containsExactlyElementsOf(files.visible().stream().map(FileNode::path).toList());
  }
}
