package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of BuildKit's {@code instructions.Parse} (instructions/parse.go, bflag.go) and of
 * the dispatcher's stage checks that the typed layer implements, with the message the user sees.
 * Messages were checked against BuildKit's source; where a message names the flag with {@code --}
 * it follows BuildKit v0.17 and later.
 */
class InstructionErrorsTest {

  static Stream<Arguments> refusals() {
    return Stream.of(
        // parse.go ParseInstruction + util/suggest: distance under 3, case of the input kept.
        refused("FROM a\nCOPPY a b\n", "2: unknown instruction: COPPY (did you mean COPY?)"),
        refused("FROM a\nrunn x\n", "2: unknown instruction: runn (did you mean run?)"),
        refused("FROM a\nFoo x\n", "2: unknown instruction: Foo (did you mean from?)"),
        refused("FROM a\nInstall x\n", "2: unknown instruction: Install"),
        refused("FROM a\n&& make\n", "2: unknown instruction: &&"),
        // parse.go Parse / CurrentStage.
        refused("ENV A=1\nFROM a\n", "1: no build stage in current context"),
        refused("ARG A\n# c\nRUN x\nFROM a\n", "3: no build stage in current context"),
        // dockerfile2llb/convert.go, no line.
        refused("ARG A=1\nARG B\n", ": dockerfile contains no stages to build"),
        // parseBuildStageName.
        refused("FROM a b\n", "1: FROM requires either one or three arguments"),
        refused("FROM a to b\n", "1: FROM requires either one or three arguments"),
        refused(
            "FROM a AS 1st\n",
            "1: invalid name for build stage: \"1st\", name can't start with a number or contain"
                + " symbols"),
        refused(
            "FROM a AS b@d\n",
            "1: invalid name for build stage: \"b@d\", name can't start with a number or contain"
                + " symbols"),
        // The name is checked before the flags.
        refused(
            "FROM --nope a AS -x\n",
            "1: invalid name for build stage: \"-x\", name can't start with a number or contain"
                + " symbols"),
        // bflag.go Parse.
        refused("FROM --plaform=x a\n", "1: unknown flag: --plaform (did you mean platform?)"),
        refused("FROM a\nCOPY --user=me a b\n", "2: unknown flag: --user"),
        refused("FROM a\nCOPY --form=x a b\n", "2: unknown flag: --form (did you mean from?)"),
        refused("FROM a\nCOPY --from=x --from=y a b\n", "2: duplicate flag specified: --from"),
        refused("FROM a\nCOPY --from a b\n", "2: missing a value on flag: --from"),
        refused("FROM a\nCOPY --link= a b\n", "2: missing a value on flag: --link"),
        refused(
            "FROM a\nCOPY --link=yes a b\n",
            "2: expecting boolean value for flag --link, not: yes"),
        refused("FROM a\nRUN --mount x\n", "2: missing a value on flag: --mount"),
        refused("FROM a\nCMD --doit [\"a\"]\n", "2: unknown flag: --doit"),
        refused("FROM a\nADD --from=b a b\n", "2: unknown flag: --from"),
        refused("FROM a\nENV --x A=1\n", "2: unknown flag: --x"),
        refused("FROM a\nUSER --x me\n", "2: unknown flag: --x"),
        // Argument counts, checked before flags where BuildKit does so.
        refused("FROM a\nUSER\n", "2: USER requires exactly one argument"),
        refused("FROM a\nWORKDIR\n", "2: WORKDIR requires exactly one argument"),
        refused("FROM a\nSTOPSIGNAL\n", "2: STOPSIGNAL requires exactly one argument"),
        refused("FROM a\nMAINTAINER\n", "2: MAINTAINER requires exactly one argument"),
        refused("FROM a\nEXPOSE\n", "2: EXPOSE requires at least one argument"),
        refused("FROM a\nVOLUME\n", "2: VOLUME requires at least one argument"),
        refused("FROM a\nARG\n", "2: ARG requires at least one argument"),
        refused("FROM a\nLABEL\n", "2: LABEL requires at least one argument"),
        refused("FROM a\nHEALTHCHECK\n", "2: HEALTHCHECK requires at least one argument"),
        refused("FROM a\nONBUILD\n", "2: ONBUILD requires at least one argument"),
        refused("FROM a\nSHELL []\n", "2: SHELL requires at least one argument"),
        refused("FROM a\nSHELL /bin/sh -c\n", "2: SHELL requires the arguments to be in JSON form"),
        refused(
            "FROM a\nCOPY onlyone\n",
            "2: COPY requires at least two arguments, but only one was provided. Destination"
                + " could not be determined"),
        refused(
            "FROM a\nADD --bad x\n",
            "2: ADD requires at least two arguments, but only one was provided. Destination"
                + " could not be determined"),
        refused(
            "FROM a\nCOPY x <<EOF\nhi\nEOF\n", "2: COPY cannot accept a heredoc as a destination"),
        // parseKvps, parseArg, parseVolume.
        refused("FROM a\nENV =x\n", "2: ENV names can not be blank"),
        refused("FROM a\nLABEL =x\n", "2: LABEL names can not be blank"),
        refused("FROM a\nARG =x\n", "2: ARG names can not be blank"),
        refused(
            "FROM a\nVOLUME [\"/a\", \" \"]\n", "2: VOLUME specified can not be an empty string"),
        // parseOnBuild.
        refused(
            "FROM a\nONBUILD ONBUILD RUN x\n",
            "2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
        refused("FROM a\nONBUILD from b\n", "2: FROM isn't allowed as an ONBUILD trigger"),
        refused(
            "FROM a\nONBUILD MAINTAINER me\n", "2: MAINTAINER isn't allowed as an ONBUILD trigger"),
        refused("FROM a\nONBUILD --x RUN y\n", "2: unknown flag: --x"),
        // parseHealthcheck and parseOptInterval (Go's time.ParseDuration, strconv.ParseInt).
        refused("FROM a\nHEALTHCHECK NONE x\n", "2: HEALTHCHECK NONE takes no arguments"),
        refused(
            "FROM a\nHEALTHCHECK CONNECT TCP 7000\n",
            "2: Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)"),
        refused("FROM a\nHEALTHCHECK cmd\n", "2: Missing command after HEALTHCHECK CMD"),
        refused("FROM a\nHEALTHCHECK CMD []\n", "2: Missing command after HEALTHCHECK CMD"),
        refused(
            "FROM a\nHEALTHCHECK --interval=5 CMD x\n", "2: time: missing unit in duration \"5\""),
        refused("FROM a\nHEALTHCHECK --timeout=soon CMD x\n", "2: time: invalid duration \"soon\""),
        refused(
            "FROM a\nHEALTHCHECK --start-period=3d CMD x\n",
            "2: time: unknown unit \"d\" in duration \"3d\""),
        refused(
            "FROM a\nHEALTHCHECK --interval=10us CMD x\n",
            "2: Interval \"interval\" cannot be less than 1ms"),
        refused(
            "FROM a\nHEALTHCHECK --start-interval=-1s CMD x\n",
            "2: Interval \"start-interval\" cannot be less than 1ms"),
        refused(
            "FROM a\nHEALTHCHECK --retries=three CMD x\n",
            "2: strconv.ParseInt: parsing \"three\": invalid syntax"),
        refused("FROM a\nHEALTHCHECK --retries=-1 CMD x\n", "2: --retries cannot be negative (-1)"),
        refused(
            "FROM a\nHEALTHCHECK --retires=3 CMD x\n",
            "2: unknown flag: --retires (did you mean retries?)"),
        // Three edits away: no suggestion.
        refused("FROM a\nHEALTHCHECK --retry=3 CMD x\n", "2: unknown flag: --retry"),
        // The first bad instruction wins, at its own line.
        refused("FROM a\nRUN ok\n\nUSER\nFOO\n", "4: USER requires exactly one argument"));
  }

  private static Arguments refused(String text, String lineAndMessage) {
    return Arguments.of(
        text, "Dockerfile" + (lineAndMessage.startsWith(":") ? "" : ":") + lineAndMessage);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("refusals")
  void refusedWithBuildkitsMessage(String text, String message) {
    assertThat(Typed.refusal(text)).isEqualTo(message);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("FROM a\nHEALTHCHECK --interval=1m30s --timeout=0 --retries=0 CMD x\n"),
        Arguments.of("FROM a\nHEALTHCHECK --start-period=1.5s --start-interval=1ms CMD x\n"),
        Arguments.of("FROM a\nCOPY --link=FALSE --parents --exclude=*.md --exclude=.git a b\n"),
        Arguments.of("FROM a\nADD --keep-git-dir=true --unpack https://x/y.git /src\n"),
        Arguments.of("FROM a\nRUN --security=insecure --device=a --device=b x\n"));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void flagsBuildkitAccepts(String text) throws Exception {
    assertThat(Typed.of(text).instructions()).hasSize(2);
  }
}
