package dev.plimsoll.image.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plimsoll.image.files.LayerView.Mark;
import dev.plimsoll.image.files.LayerView.Row;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** One layer's view, on small layers written for each case. */
class LayerViewTest {

  private static ListAssert<Tuple> assertChanges(LayerView view) {
    return assertThat(
        view.changes().stream().map(r -> tuple(r.path(), r.mark(), r.size())).toList());
  }

  @Test
  void theBaseAddsEverythingAndFoldersSumWhatTheyHold() throws Exception {
    FileTree tree =
        FileTreeTest.stack(new TarBuilder().dir("app").file("app/a", 10).file("app/b/c", 5));
    assertThat(tree.layer(0).rows())
        .extracting(Row::path, Row::depth, r -> r.file().kind(), Row::size, Row::mark)
        .containsExactly(
            tuple("app", 0, EntryKind.DIRECTORY, 15L, Mark.ADDED),
            tuple("app/a", 1, EntryKind.FILE, 10L, Mark.ADDED),
            tuple("app/b", 1, EntryKind.DIRECTORY, 5L, Mark.ADDED),
            tuple("app/b/c", 2, EntryKind.FILE, 5L, Mark.ADDED));
  }

  @Test
  void aWhiteoutShowsTheRemovedPathsAndTheirFolderLeavesThemOutOfItsSize() throws Exception {
    FileTree tree =
        FileTreeTest.stack(
            new TarBuilder().dir("d").file("d/keep", 1).dir("d/sub").file("d/sub/x", 20),
            new TarBuilder().whiteout("d/sub"));
    LayerView view = tree.layer(1);
    assertThat(view.layer()).isEqualTo(1);
    assertThat(view.rows())
        .extracting(Row::path, Row::mark, Row::size)
        .containsExactly(
            tuple("d", Mark.CHANGED, 1L),
            tuple("d/keep", Mark.UNCHANGED, 1L),
            tuple("d/sub", Mark.REMOVED, 20L),
            tuple("d/sub/x", Mark.REMOVED, 20L));
    // Layer 0's view is unaffected by what layer 1 does.
    assertChanges(tree.layer(0)).hasSize(4);
  }

  @Test
  void anOverwriteIsAChangeAndAFolderListedAgainAsItWasIsNot() throws Exception {
    FileTree tree =
        FileTreeTest.stack(
            new TarBuilder().dir("etc").file("etc/conf", 3).dir("tmp", 01777).dir("var"),
            new TarBuilder().dir("etc").file("etc/conf", 4).dir("tmp", 0755).dir("var"));
    assertChanges(tree.layer(1))
        .containsExactly(
            tuple("etc", Mark.CHANGED, 4L),
            tuple("etc/conf", Mark.CHANGED, 4L),
            tuple("tmp", Mark.CHANGED, 0L));
  }

  @Test
  void anOpaqueFolderRemovesWhatLayDeeperExceptWhatTheLayerWritesAgain() throws Exception {
    FileTree tree =
        FileTreeTest.stack(
            new TarBuilder().dir("d").file("d/a", 10).file("d/b", 5),
            new TarBuilder().dir("d").file("d/b", 7).opaque("d"));
    assertChanges(tree.layer(1))
        .containsExactly(
            tuple("d", Mark.CHANGED, 7L),
            tuple("d/a", Mark.REMOVED, 10L),
            tuple("d/b", Mark.CHANGED, 7L));
  }

  @Test
  void aFileReplacedByAFolderIsChangedAndItsNewContentsAdded() throws Exception {
    FileTree tree =
        FileTreeTest.stack(
            new TarBuilder().file("x", 9).symlink("l", "x"), new TarBuilder().file("x/inner", 2));
    assertThat(tree.layer(1).rows())
        .extracting(Row::path, r -> r.file().kind(), Row::mark, r -> r.file().linkTarget())
        .containsExactly(
            tuple("l", EntryKind.SYMLINK, Mark.UNCHANGED, java.util.Optional.of("x")),
            tuple("x", EntryKind.DIRECTORY, Mark.CHANGED, java.util.Optional.empty()),
            tuple("x/inner", EntryKind.FILE, Mark.ADDED, java.util.Optional.empty()));
  }

  @Test
  void theViewsOneAtATimeAreTheViewsOfEachLayer() throws Exception {
    FileTree tree =
        FileTreeTest.stack(
            new TarBuilder().file("a", 1),
            new TarBuilder().file("b", 2),
            new TarBuilder().whiteout("a"));
    java.util.List<java.util.List<Row>> each = new java.util.ArrayList<>();
    tree.forEachLayer(v -> each.add(v.rows()));
    assertThat(each)
        .containsExactly(tree.layer(0).rows(), tree.layer(1).rows(), tree.layer(2).rows());
    assertThatThrownBy(() -> tree.layer(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
