package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExpectedFindingsTest {
  private static final Function<String, String> SAME = Function.identity();

  @Test
  void eachExpectationPairsWithOneFindingOnly() {
    assertThatCode(
            () ->
                ExpectedFindings.assertExactly(
                    "f\n", List.of("a", "a"), List.of("a", "a"), Objects::equals, SAME))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                ExpectedFindings.assertExactly(
                    "f\n", List.of("a"), List.of("a", "a"), Objects::equals, SAME))
        .hasMessageContaining("UNEXPECTED a")
        .hasMessageNotContaining("MISSING");
  }

  @Test
  void theFailureListsTheFixtureAndBothSides() {
    assertThatThrownBy(
            () ->
                ExpectedFindings.assertExactly(
                    "fixture.Dockerfile\n" + ExpectedFindings.listing(List.of("FROM x")),
                    List.of("b"),
                    List.of("c"),
                    Objects::equals,
                    SAME))
        .hasMessageContaining("fixture.Dockerfile\n   1 | FROM x\n")
        .hasMessageContaining("expected:\n  b\nactual:\n  c\n")
        .hasMessageContaining("MISSING    b\nUNEXPECTED c");
  }
}
