package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pattern operators and the used/unmatched tracking, case for case from BuildKit's {@code
 * TestProcessWithMatches} ({@code lex_test.go}); the expectations are BuildKit's.
 */
class ShellLexMatchesTest {

  private static Arguments ok(
      String input, Map<String, String> env, String value, Set<String> used, Set<String> unset) {
    return Arguments.of(input, env, value, used, unset);
  }

  private static Arguments fails(String input, Map<String, String> env) {
    return Arguments.of(input, env, null, Set.of(), Set.of());
  }

  static Stream<Arguments> cases() {
    Map<String, String> fooBar = Map.of("FOO", "xxx", "BAR", "");
    Map<String, String> xxyy = Map.of("FOO", "xxyy");
    Set<String> foo = Set.of("FOO");
    return Stream.of(
        ok("x", Map.of("DUMMY", "dummy"), "x", Set.of(), Set.of()),
        ok("x ${UNUSED}", Map.of("DUMMY", "dummy"), "x ", Set.of(), Set.of("UNUSED")),
        ok("x ${FOO}", Map.of("FOO", "y"), "x y", foo, Set.of()),
        ok(
            "${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}",
            fooBar,
            "xxx  ccc",
            Set.of("FOO", "BAR"),
            Set.of("BAZ")),
        ok(
            "${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}",
            fooBar,
            "xxx bbb ccc",
            Set.of("FOO", "BAR"),
            Set.of("BAZ")),
        ok("${FOO:-}", fooBar, "xxx", foo, Set.of()),
        ok("${FOO:-}", Map.of(), "", Set.of(), foo),
        ok(
            "${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}",
            fooBar,
            "aaa bbb ",
            Set.of("FOO", "BAR"),
            Set.of("BAZ")),
        ok(
            "${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}",
            fooBar,
            "aaa  ",
            Set.of("FOO", "BAR"),
            Set.of("BAZ")),
        ok("${FOO?aaa}", fooBar, "xxx", foo, Set.of()),
        ok("${BAR?bbb}", fooBar, "", Set.of("BAR"), Set.of()),
        fails("${BAZ?ccc}", fooBar),
        ok("${FOO:?aaa}", fooBar, "xxx", foo, Set.of()),
        fails("${BAR:?bbb}", fooBar),
        fails("${BAZ:?ccc}", fooBar),
        fails("${BAZ:?}", fooBar),
        fails("${FOO=aaa}", fooBar),
        fails("${FOO=:aaa}", fooBar),
        fails("${FOO=}", Map.of()),
        // Regular-expression characters are literal; } must be escaped inside ${}.
        ok("${FOO#()[]{\\}^$.\\*\\?|\\\\}", Map.of("FOO", "()[]{}^$.*?|\\x"), "x", foo, Set.of()),
        ok("${FOO%%\\**}", Map.of("FOO", "xx**"), "xx", foo, Set.of()),
        ok("${FOO#*x*y}", xxyy, "y", foo, Set.of()),
        ok("${FOO#*}", xxyy, "xxyy", foo, Set.of()),
        ok("${FOO#$BAR}", Map.of("FOO", "xxyy", "BAR", "x"), "xyy", Set.of("FOO", "BAR"), Set.of()),
        ok("${FOO#$BAR}", Map.of("FOO", "xxyy", "BAR", ""), "xxyy", Set.of("FOO", "BAR"), Set.of()),
        ok("${FOO#}", xxyy, "xxyy", foo, Set.of()),
        ok("${FOO##*x}", xxyy, "yy", foo, Set.of()),
        ok("${FOO##}", xxyy, "xxyy", foo, Set.of()),
        ok("${FOO#?\\?}", Map.of("FOO", "???y"), "?y", foo, Set.of()),
        ok("${ABC:-.}${FOO%x}${ABC:-.}", xxyy, ".xxyy.", foo, Set.of("ABC")),
        ok("${FOO%%\\**\\*}", Map.of("FOO", "a***yy*"), "a", foo, Set.of()),
        ok("${FOO%}", xxyy, "xxyy", foo, Set.of()),
        ok(
            "${FOO%%$BAR}",
            Map.of("FOO", "xxyy", "BAR", ""), "xxyy", Set.of("FOO", "BAR"), Set.of()),
        ok(
            "${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}",
            Map.of("FOO", "/foo*/*/*.txt", "NEEDLE", "\\*/"),
            "/foo.*/*.txt - /foo..*.txt",
            Set.of("FOO", "NEEDLE"),
            Set.of()),
        ok(
            "${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}",
            Map.of("FOO", "/tmp/tmp/bar.txt", "NEEDLE", "/tmp"),
            "/tmp/bar.txt - /bar.txt",
            Set.of("FOO", "NEEDLE"),
            Set.of()),
        ok(
            "${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}",
            Map.of("FOO", "/a/foo/b/c.txt", "NEEDLE", "/?/", "REPLACEMENT", "/"),
            "/foo/b/c.txt - /foo/c.txt",
            Set.of("FOO", "NEEDLE", "REPLACEMENT"),
            Set.of()),
        ok(
            "${FOO/$NEEDLE/$REPLACEMENT}",
            Map.of("FOO", "http://google.de", "NEEDLE", "http://", "REPLACEMENT", "https://"),
            "https://google.de",
            Set.of("FOO", "NEEDLE", "REPLACEMENT"),
            Set.of()),
        ok("${FOO//\\//\\/}", Map.of("FOO", "/tmp/foo.txt"), "\\/tmp\\/foo.txt", foo, Set.of()),
        ok(
            "${FOO/$BAR/ww}",
            Map.of("FOO", "xxyy", "BAR", ""),
            "wwxxyy",
            Set.of("FOO", "BAR"),
            Set.of()),
        fails("${FOO//ww}", xxyy),
        fails("${FOO//}", xxyy),
        ok("${FOO///}", xxyy, "xxyy", foo, Set.of()),
        ok("${FOO///}", Map.of(), "", Set.of(), foo),
        ok(
            "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz",
            Map.of(
                "VERSION",
                "v1.2.3",
                "TARGETOS",
                "linux",
                "TARGETARCH",
                "arm",
                "TARGETVARIANT",
                "v7"),
            "something-v1.2.3.linux-arm-v7.tar.gz",
            Set.of("VERSION", "TARGETOS", "TARGETARCH", "TARGETVARIANT"),
            Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expandsAndTracksLikeBuildKit(
      String input, Map<String, String> env, String value, Set<String> used, Set<String> unset)
      throws ExpansionException {
    ShellLex lex = new ShellLex('\\');
    if (value == null) {
      assertThatThrownBy(() -> lex.processWord(input, Environment.of(env)))
          .isInstanceOf(ExpansionException.class);
      return;
    }
    ExpansionResult result = lex.processWord(input, Environment.of(env));
    assertThat(result.value()).isEqualTo(value);
    assertThat(result.used()).containsExactlyInAnyOrderElementsOf(used);
    assertThat(result.unmatched()).containsExactlyInAnyOrderElementsOf(unset);
  }
}
