package dev.plimsoll.dockerfile.instruction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One build stage: a FROM and the instructions up to the next FROM.
 *
 * @param index 0-based position; {@code COPY --from=0} names a stage by it
 * @param name the {@code AS} name, lower-cased as BuildKit compares it
 * @param from the stage's FROM
 * @param instructions the instructions after the FROM, in order
 */
public record Stage(int index, Optional<String> name, From from, List<Instruction> instructions) {
  public Stage {
    instructions = List.copyOf(instructions);
  }

  /** How a user refers to the stage: its name, or its index. */
  public String label() {
    return name.orElse(Integer.toString(index));
  }

  /** True when {@code ref} names this stage, compared in lower case as BuildKit does. */
  public boolean isNamed(String ref) {
    return name.map(n -> n.equals(ref.toLowerCase(Locale.ROOT))).orElse(false);
  }

  /**
   * True when {@code ref}, a {@code COPY --from} value, names or numbers this stage. BuildKit tries
   * the name first, then Go's {@code strconv.Atoi}, which also reads {@code 01} and {@code +1} as
   * 1. Stage names start with a letter, so the two never collide.
   */
  public boolean answersTo(String ref) {
    return isNamed(ref) || number(ref).equals(OptionalInt.of(index));
  }

  private static final Pattern ATOI = Pattern.compile("[+-]?0*[0-9]{1,9}");

  /**
   * {@code ref} read as a stage number the way Go's {@code strconv.Atoi} reads it, if it is one.
   */
  static OptionalInt number(String ref) {
    return ATOI.matcher(ref).matches()
        ? OptionalInt.of(Integer.parseInt(ref))
        : OptionalInt.empty();
  }

  /** The instructions of one kind, in order. */
  public <T extends Instruction> List<T> all(Class<T> type) {
    return instructions.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
